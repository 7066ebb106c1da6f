import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// A minimal W3C WebDriver client (JSON over HTTP to `chromedriver`) for the browser tests.
struct WebDriver: Sendable {
    /// What went wrong talking to the driver, with the command that failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let base: URL
    let sessionID: String

    /// Starts a headless Chromium session through the driver at `base`.
    static func start(driver base: URL, binary: String, width: Int, height: Int) async throws -> WebDriver {
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": binary,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=\(width),\(height)",
                            "--force-device-scale-factor=1", "--lang=en-GB",
                        ],
                    ],
                ]
            ]
        ]
        let value = try await call(base.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let object = value as? [String: Any], let id = object["sessionId"] as? String else {
            throw Failure(description: "new session: no sessionId in \(String(describing: value))")
        }
        return WebDriver(base: base, sessionID: id)
    }

    private var session: URL { base.appendingPathComponent("session").appendingPathComponent(sessionID) }

    @discardableResult
    func command(_ path: String, method: String = "POST", body: [String: Any]? = nil) async throws -> Any? {
        let url = path.isEmpty ? session : session.appendingPathComponent(path)
        return try await Self.call(url, method: method, body: body ?? (method == "POST" ? [:] : nil))
    }

    func navigate(_ url: String) async throws { try await command("url", body: ["url": url]) }

    func currentURL() async throws -> String { try await command("url", method: "GET") as? String ?? "" }

    func title() async throws -> String { try await command("title", method: "GET") as? String ?? "" }

    /// Runs `script` (a function body; `arguments` holds `args`) in the page and returns its result.
    @discardableResult
    func execute(_ script: String, args: [Any] = []) async throws -> Any? {
        try await command("execute/sync", body: ["script": script, "args": args])
    }

    /// The element id of the first match of a CSS selector.
    func find(_ css: String) async throws -> String {
        let value = try await command("element", body: ["using": "css selector", "value": css])
        guard let object = value as? [String: Any], let id = object.values.first as? String else {
            throw Failure(description: "find \(css): no element")
        }
        return id
    }

    func click(_ css: String) async throws {
        try await command("element/\(try await find(css))/click")
    }

    func type(_ css: String, _ text: String) async throws {
        let id = try await find(css)
        try await command("element/\(id)/clear")
        try await command("element/\(id)/value", body: ["text": text])
    }

    /// The page's visible text.
    func text() async throws -> String { try await execute("return document.body.innerText;") as? String ?? "" }

    /// Presses Tab once.
    func pressTab() async throws {
        try await command(
            "actions",
            body: [
                "actions": [
                    [
                        "type": "key", "id": "keyboard",
                        "actions": [["type": "keyDown", "value": "\u{E004}"], ["type": "keyUp", "value": "\u{E004}"]],
                    ]
                ]
            ])
        try await command("actions", method: "DELETE")
    }

    /// Sets the layout viewport through the Chrome DevTools protocol (works below Chrome's minimum window width).
    func setViewport(width: Int, height: Int) async throws {
        try await command(
            "goog/cdp/execute",
            body: [
                "cmd": "Emulation.setDeviceMetricsOverride",
                "params": ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600],
            ])
    }

    /// A PNG of the whole page (not just the viewport).
    func screenshot() async throws -> Data {
        let value = try await command(
            "goog/cdp/execute",
            body: [
                "cmd": "Page.captureScreenshot", "params": ["format": "png", "captureBeyondViewport": true],
            ])
        guard let object = value as? [String: Any], let base64 = object["data"] as? String, let data = Data(base64Encoded: base64)
        else {
            throw Failure(description: "screenshot: no PNG data")
        }
        return data
    }

    func quit() async { _ = try? await command("", method: "DELETE") }

    /// One HTTP round trip; returns the response's `value`, or throws with the driver's error message.
    ///
    /// Uses HummingbirdTesting's NIO client: chromedriver writes headers without a space after the
    /// colon, which Foundation's URLSession on Linux rejects ("Failed writing header").
    static func call(_ url: URL, method: String, body: [String: Any]?) async throws -> Any? {
        guard let host = url.host, let port = url.port else { throw Failure(description: "bad driver URL \(url)") }
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        var headers = HTTPFields()
        if payload != nil { headers[.contentType] = "application/json" }
        let request = TestClient.Request(
            url.path, method: HTTPRequest.Method(method) ?? .get, authority: "\(host):\(port)", headers: headers,
            body: payload.map { ByteBuffer(bytes: $0) })
        if ProcessInfo.processInfo.environment["SETTLE_WEBDRIVER_LOG"] != nil {
            FileHandle.standardError.write(Data("webdriver \(method) \(url.path)\n".utf8))
        }
        let response = try await withThrowingTaskGroup(of: TestClient.Response?.self) { group in
            group.addTask {
                try await TestClient.withClient(host: host, port: port, configuration: .init(timeout: .seconds(60))) { client in
                    try await client.execute(request)
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(90))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else {
                throw Failure(description: "\(method) \(url.path): no answer from the driver within 90 s")
            }
            return response
        }
        let data = response.body.map { Data(buffer: $0) } ?? Data()
        let object = data.isEmpty ? nil : try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (object as? [String: Any])?["value"]
        if response.status.code >= 400 {
            let message = (value as? [String: Any])?["message"] as? String ?? String(decoding: data, as: UTF8.self)
            throw Failure(description: "\(method) \(url.path): HTTP \(response.status.code): \(message)")
        }
        return value
    }
}
