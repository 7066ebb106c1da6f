import Foundation
import Testing

/// One browser test run: chromedriver + a headless Chromium session against the live app.
///
/// Steps use ``check(_:_:)``, which throws on failure; any failure saves a screenshot of the
/// page to a temporary folder and prints its path. With `SETTLE_SCREENSHOTS=<folder>` set,
/// ``capture(_:)`` also saves review screenshots of each page at 320 px and 1280 px.
struct BrowserRun: Sendable {
    let driver: WebDriver
    /// The app's address, e.g. `http://127.0.0.1:54321`.
    let base: String
    let name: String

    /// Viewport sizes used for review screenshots and the narrow-screen check.
    static let wide = (width: 1280, height: 900)
    static let narrow = (width: 320, height: 640)

    /// Starts the driver and browser, runs `body`, and always cleans up.
    static func with(base: String, name: String, _ body: (BrowserRun) async throws -> Void) async throws {
        guard let programs = ChromeDriverProcess.programs else {
            Issue.record(
                "CI=true but \(ChromeDriverProcess.unavailableReason ?? "the browser is missing"): browser tests must run in CI")
            return
        }
        let process = try await ChromeDriverProcess(driver: programs.driver)
        defer { process.stop() }
        let driver = try await WebDriver.start(
            driver: process.url, binary: programs.chromium, width: wide.width, height: wide.height)
        let run = BrowserRun(driver: driver, base: base, name: name)
        do {
            try await body(run)
        } catch {
            await run.saveFailureScreenshot()
            await driver.quit()
            throw error
        }
        await driver.quit()
    }

    func open(_ path: String) async throws { try await driver.navigate(base + path) }

    /// Throws (failing the test, with a screenshot) unless `condition` holds.
    func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw WebDriver.Failure(description: message()) }
    }

    /// How long a page may take to arrive; generous because CI runs the whole suite on two cores.
    static let navigationTimeout: Duration = .seconds(30)

    /// Waits (up to ``navigationTimeout``) until the browser has navigated to a URL ending in
    /// `suffix`; throws otherwise.
    func waitForURL(endingWith suffix: String) async throws {
        var url = ""
        let clock = ContinuousClock()
        let deadline = clock.now + Self.navigationTimeout
        while clock.now < deadline {
            url = try await driver.currentURL()
            if url.hasSuffix(suffix), try await driver.execute("return document.readyState;") as? String == "complete" { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw WebDriver.Failure(description: "expected to arrive at …\(suffix), still at \(url)")
    }

    /// Clicks the submit button matching `css` and waits for the next page to load.
    func submit(_ css: String, arrivingAt suffix: String) async throws {
        try await driver.execute("document.documentElement.setAttribute('data-old-page', '1');")
        try await driver.click(css)
        let clock = ContinuousClock()
        let deadline = clock.now + Self.navigationTimeout
        while clock.now < deadline {
            if try await driver.execute("return document.documentElement.hasAttribute('data-old-page');") as? Bool == false {
                break
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        try await waitForURL(endingWith: suffix)
    }

    /// Signs in through the login form as a person would.
    func signIn(email: String, password: String) async throws {
        try await open("/login")
        try await driver.type("#f-email", email)
        try await driver.type("#f-password", password)
        try await submit("form button[type=submit]", arrivingAt: "")
    }

    /// Signs out with the header's button.
    func signOut() async throws {
        try await submit("header form[action='/logout'] button", arrivingAt: "/login")
    }

    private func saveFailureScreenshot() async {
        guard let png = try? await driver.screenshot() else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-browser-failures")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(name)-\(Int(Date().timeIntervalSince1970)).png")
        if (try? png.write(to: file)) != nil {
            let url = (try? await driver.currentURL()) ?? "?"
            print("Browser test “\(name)” failed on \(url); screenshot saved to \(file.path)")
        }
    }

    /// Saves review screenshots of the current page at both widths when `SETTLE_SCREENSHOTS` names a folder.
    func capture(_ label: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SETTLE_SCREENSHOTS"], !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for size in [Self.narrow, Self.wide] {
            try await driver.setViewport(width: size.width, height: size.height)
            let png = try await driver.screenshot()
            try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(label)-\(size.width).png"))
        }
        try await driver.setViewport(width: Self.wide.width, height: Self.wide.height)
    }

    /// Runs the automated accessibility checks on the current page; returns the problems found.
    func audit() async throws -> [String] {
        var problems =
            (try await driver.execute(AccessibilityAudit.staticChecks) as? [String]) ?? ["audit script returned nothing"]
        // Keyboard: Tab visits every focusable element once, in DOM order.
        let count = (try await driver.execute(AccessibilityAudit.markFocusOrder) as? Int) ?? 0
        var visited: [String] = []
        for _ in 0..<min(count, 80) {
            try await driver.pressTab()
            visited.append((try await driver.execute(AccessibilityAudit.focusedOrder) as? String) ?? "?")
        }
        let expected = (0..<min(count, 80)).map(String.init)
        if visited != expected {
            let firstWrong = zip(visited, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? visited.count
            problems.append(
                "Tab order differs from DOM order at step \(firstWrong): visited \(visited.joined(separator: " ")), expected 0–\(expected.count - 1)"
            )
        }
        // Narrow screens: usable at 320 px without sideways scrolling.
        try await driver.setViewport(width: Self.narrow.width, height: Self.narrow.height)
        if let overflow = try await driver.execute(AccessibilityAudit.horizontalOverflow) as? String, !overflow.isEmpty {
            problems.append("at 320 px: " + overflow)
        }
        try await driver.setViewport(width: Self.wide.width, height: Self.wide.height)
        return problems
    }
}
