import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A cookie-keeping client for page tests: signs in through the login form like a browser.
struct Browser {
    var cookies: [String: String] = [:]

    var cookieHeader: HTTPFields {
        var fields = HTTPFields()
        if !cookies.isEmpty {
            fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        return fields
    }

    mutating func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if header.contains("Max-Age=0") || header.lowercased().contains("expires=thu, 01 jan 1970") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
    }

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        remember(response)
        return response
    }

    mutating func post(_ client: some TestClientProtocol, _ uri: String, form: [(String, String)]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Signs in through `/login`; returns the final response of the POST.
    @discardableResult
    mutating func signIn(_ client: some TestClientProtocol, email: String, password: String) async throws -> TestResponse {
        let page = try await get(client, "/login")
        let csrf = try #require(Self.csrf(in: page))
        return try await post(client, "/login", form: [("_csrf", csrf), ("email", email), ("password", password)])
    }

    /// The value of the first `_csrf` hidden field in a page.
    static func csrf(in response: TestResponse) -> String? {
        let html = String(buffer: response.body)
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? text
    }
}
