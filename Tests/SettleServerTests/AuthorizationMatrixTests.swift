import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

/// Each role × each page and API route, on patient A (assigned to clinician A).
@Suite("Authorisation matrix")
struct AuthorizationMatrixTests {
    /// Expected status for GET of a page, by role: anonymous, admin, clinicianA, clinicianB, patientA.
    static let pages: [(path: String, expected: [TestRole: Int])] = [
        ("/caseload", [.anonymous: 302, .admin: 200, .clinicianA: 200, .clinicianB: 200, .patientA: 403]),
        ("/patients/new", [.anonymous: 302, .admin: 403, .clinicianA: 200, .clinicianB: 200, .patientA: 403]),
        ("/patients/{A}", [.anonymous: 302, .admin: 200, .clinicianA: 200, .clinicianB: 403, .patientA: 200]),
        ("/patients/{A}/sessions/new", [.anonymous: 302, .admin: 403, .clinicianA: 200, .clinicianB: 403, .patientA: 403]),
        ("/patients/{A}/questionnaires/new", [.anonymous: 302, .admin: 403, .clinicianA: 200, .clinicianB: 403, .patientA: 403]),
        ("/patients/{A}/plan", [.anonymous: 302, .admin: 200, .clinicianA: 200, .clinicianB: 403, .patientA: 403]),
        ("/me", [.anonymous: 302, .admin: 403, .clinicianA: 403, .clinicianB: 403, .patientA: 200]),
        ("/me/check-in", [.anonymous: 302, .admin: 403, .clinicianA: 403, .clinicianB: 403, .patientA: 200]),
        ("/me/progress", [.anonymous: 302, .admin: 403, .clinicianA: 403, .clinicianB: 403, .patientA: 200]),
        ("/me/learn", [.anonymous: 302, .admin: 403, .clinicianA: 403, .clinicianB: 403, .patientA: 200]),
        ("/me/learn/flare-ups", [.anonymous: 302, .admin: 403, .clinicianA: 403, .clinicianB: 403, .patientA: 200]),
        ("/admin/users", [.anonymous: 302, .admin: 200, .clinicianA: 403, .clinicianB: 403, .patientA: 403]),
        ("/admin/audit", [.anonymous: 302, .admin: 200, .clinicianA: 403, .clinicianB: 403, .patientA: 403]),
        ("/account/tokens", [.anonymous: 302, .admin: 200, .clinicianA: 200, .clinicianB: 200, .patientA: 200]),
        ("/patients/not-a-uuid", [.anonymous: 302, .admin: 404, .clinicianA: 404, .clinicianB: 404, .patientA: 404]),
    ]

    /// Expected status for API calls, by role (anonymous = no token).
    static let api: [(method: HTTPRequest.Method, path: String, body: String?, expected: [TestRole: Int])] = [
        (.get, "/api/v1/me", nil, [.anonymous: 401, .admin: 200, .clinicianA: 200, .clinicianB: 200, .patientA: 200]),
        (.get, "/api/v1/patients", nil, [.anonymous: 401, .admin: 200, .clinicianA: 200, .clinicianB: 200, .patientA: 200]),
        (
            .post, "/api/v1/patients", #"{"displayName":"New"}"#,
            [.anonymous: 401, .admin: 403, .clinicianA: 201, .clinicianB: 201, .patientA: 403]
        ),
        (.get, "/api/v1/patients/{A}", nil, [.anonymous: 401, .admin: 200, .clinicianA: 200, .clinicianB: 403, .patientA: 200]),
        (
            .get, "/api/v1/patients/{A}/diary", nil,
            [.anonymous: 401, .admin: 200, .clinicianA: 200, .clinicianB: 403, .patientA: 200]
        ),
        (
            .post, "/api/v1/patients/{A}/diary", #"{"day":"2025-03-01","pain":4}"#,
            [.anonymous: 401, .admin: 403, .clinicianA: 201, .clinicianB: 403, .patientA: 201]
        ),
        (
            .get, "/api/v1/patients/{A}/sessions", nil,
            [.anonymous: 401, .admin: 200, .clinicianA: 200, .clinicianB: 403, .patientA: 200]
        ),
        (
            .post, "/api/v1/patients/{A}/sessions",
            #"{"day":"2025-03-01","treatment":{"kind":"education","education":{"topics":["sleep"]}}}"#,
            [.anonymous: 401, .admin: 403, .clinicianA: 201, .clinicianB: 403, .patientA: 403]
        ),
        (
            .get, "/api/v1/patients/{A}/questionnaires", nil,
            [.anonymous: 401, .admin: 200, .clinicianA: 200, .clinicianB: 403, .patientA: 200]
        ),
        (
            .post, "/api/v1/patients/{A}/questionnaires", #"{"instrumentID":"nrs","day":"2025-03-01","answers":{"1":5}}"#,
            [.anonymous: 401, .admin: 403, .clinicianA: 201, .clinicianB: 403, .patientA: 403]
        ),
        (
            .get, "/api/v1/patients/{A}/plan", nil,
            [.anonymous: 401, .admin: 404, .clinicianA: 404, .clinicianB: 403, .patientA: 404]
        ),
        (
            .put, "/api/v1/patients/{A}/plan",
            #"{"startDay":"2025-03-01","weeklyQuotaMinutes":120,"progression":{"increasePercent":10,"everyDays":7,"holdOnFlare":true}}"#,
            [.anonymous: 401, .admin: 403, .clinicianA: 200, .clinicianB: 403, .patientA: 403]
        ),
        (.get, "/api/v1/audit", nil, [.anonymous: 401, .admin: 200, .clinicianA: 403, .clinicianB: 403, .patientA: 403]),
        (.get, "/api/v1/openapi.json", nil, [.anonymous: 200, .admin: 200, .clinicianA: 200, .clinicianB: 200, .patientA: 200]),
    ]

    @Test("pages", arguments: TestRole.allCases)
    func pages(role: TestRole) async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            if let user = clinic.user(role) {
                #expect(try await browser.signIn(client, email: user.email, password: TestClinic.password).status == .seeOther)
            }
            for page in Self.pages {
                let path = page.path.replacingOccurrences(of: "{A}", with: clinic.patientA.id.lower)
                let response = try await browser.get(client, path)
                #expect(response.status.code == page.expected[role], "\(role) GET \(page.path)")
            }
        }
    }

    @Test("API", arguments: TestRole.allCases)
    func api(role: TestRole) async throws {
        let clinic = try await TestClinic.make()
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let user = clinic.user(role) { headers[.authorization] = "Bearer " + (try await clinic.token(for: user)) }
        try await clinic.app().test(.router) { [headers] client in
            for call in Self.api {
                let path = call.path.replacingOccurrences(of: "{A}", with: clinic.patientA.id.lower)
                let response = try await client.execute(
                    uri: path, method: call.method, headers: headers, body: call.body.map { ByteBuffer(string: $0) })
                #expect(
                    response.status.code == call.expected[role],
                    "\(role) \(call.method) \(call.path): \(String(buffer: response.body))")
            }
        }
    }
}
