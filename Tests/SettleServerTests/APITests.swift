import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

@Suite("API")
struct APITests {
    func call(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String, body: String? = nil)
        async throws -> TestResponse
    {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer " + token
        headers[.contentType] = "application/json"
        return try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    @Test("the patient summary carries the engine's sensitivity with intervals and window chance, or says why not")
    func careSummary() async throws {
        let clinic = try await TestClinic.make()
        let token = try await clinic.token(for: clinic.admin)
        try await clinic.app().test(.router) { client in
            let a = try await call(client, .get, "/api/v1/patients/\(clinic.patientA.id.lower)", token: token)
            #expect(a.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: a.body).utf8)) as? [String: Any])
            let g = try #require(json["sensitivity"] as? [String: Double])
            let mean = try #require(g["mean"])
            let (l80, u80, l95, u95) = try (
                #require(g["lower80"]), #require(g["upper80"]), #require(g["lower95"]), #require(g["upper95"])
            )
            #expect(l95 <= l80 && l80 <= mean && mean <= u80 && u80 <= u95)
            #expect((0...1).contains(l95) && (0...1).contains(u95))
            let chance = try #require(json["windowOpenProbability"] as? Double)
            #expect((0...1).contains(chance))
            #expect(json["windowOpen"] as? Bool == (chance >= 0.5))
            #expect(json["note"] as? String == CareAssessment.standardDisclaimer)
            let b = try await call(client, .get, "/api/v1/patients/\(clinic.patientB.id.lower)", token: token)
            let empty = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: b.body).utf8)) as? [String: Any])
            #expect(empty["sensitivity"] == nil && empty["windowOpenProbability"] == nil)
            #expect(empty["windowOpen"] as? Bool == false)
            #expect(empty["note"] as? String == "Not enough check-ins yet (0 of 3 needed) for an estimate.")
        }
    }

    @Test("validation errors are 422 with field paths; malformed JSON is 400; nothing is half-saved")
    func badInput() async throws {
        let clinic = try await TestClinic.make()
        let token = try await clinic.token(for: clinic.clinicianA)
        let id = clinic.patientA.id.lower
        try await clinic.app().test(.router) { client in
            let invalid = try await call(
                client, .post, "/api/v1/patients/\(id)/diary", token: token,
                body: #"{"day":"2025-03-01","pain":14,"sleepQuality":-1}"#)
            #expect(invalid.status == .unprocessableContent)
            let json = try JSONSerialization.jsonObject(with: Data(String(buffer: invalid.body).utf8)) as? [String: Any]
            let error = json?["error"] as? [String: Any]
            let fields = error?["fields"] as? [String: String]
            #expect(fields?["pain"] == "must be 0–10, got 14")
            #expect(fields?["sleepQuality"] == "must be 0–10, got -1")
            let malformed = try await call(
                client, .post, "/api/v1/patients/\(id)/diary", token: token, body: #"{"day":"2025-03-01","pain":"#)
            #expect(malformed.status == .badRequest)
            let wrongType = try await call(
                client, .post, "/api/v1/patients/\(id)/diary", token: token, body: #"{"day":"2025-03-01","pain":"high"}"#)
            #expect(wrongType.status == .badRequest)
            #expect(String(buffer: wrongType.body).contains("pain"))
            let badDay = try await call(
                client, .post, "/api/v1/patients/\(id)/diary", token: token, body: #"{"day":"2025-13-01","pain":3}"#)
            #expect(badDay.status == .badRequest)
            let unknown = try await call(
                client, .post, "/api/v1/patients/\(id)/questionnaires", token: token,
                body: #"{"instrumentID":"nope","day":"2025-03-01","answers":{}}"#)
            #expect(unknown.status == .unprocessableContent)
            let range = try await call(
                client, .get, "/api/v1/patients/\(id)/diary?from=2025-05-01&through=2025-04-01", token: token)
            #expect(range.status == .unprocessableContent)
            let missingPatient = try await call(client, .get, "/api/v1/patients/\(UUID().uuidString)", token: token)
            #expect(missingPatient.status == .notFound)
        }
        let (from, through) = (try Day(iso: "2025-01-01"), try Day(iso: "2025-12-31"))
        #expect(try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: from, through: through).isEmpty)
    }

    @Test("a revoked token is refused")
    func revokedToken() async throws {
        let clinic = try await TestClinic.make()
        let token = try await clinic.token(for: clinic.clinicianA)
        let stored = try #require(try await clinic.store.apiTokens(userID: clinic.clinicianA.id).first)
        try await clinic.store.revokeAPIToken(id: stored.id)
        try await clinic.app().test(.router) { client in
            let response = try await call(client, .get, "/api/v1/me", token: token)
            #expect(response.status == .unauthorized)
        }
    }

    @Test("a scored questionnaire comes back with its total")
    func questionnaireScore() async throws {
        let clinic = try await TestClinic.make()
        let token = try await clinic.token(for: clinic.clinicianA)
        try await clinic.app().test(.router) { client in
            let created = try await call(
                client, .post, "/api/v1/patients/\(clinic.patientA.id.lower)/questionnaires", token: token,
                body: #"{"instrumentID":"peg3","day":"2025-03-01","answers":{"1":3,"2":6,"3":9}}"#)
            #expect(created.status == .created)
            let json = try JSONSerialization.jsonObject(with: Data(String(buffer: created.body).utf8)) as? [String: Any]
            // PEG-3 = mean of the three items: (3 + 6 + 9) / 3 = 6.
            #expect(json?["total"] as? Double == 6)
        }
    }

    @Test("every /api/v1 route on the router is in the OpenAPI document, and every documented operation is routed")
    func openAPICoversRoutes() async throws {
        let clinic = try await TestClinic.make()
        let router = buildRouter(environment: ClinicEnvironment(store: clinic.store, settings: .testDefaults))
        let routed = Set(
            router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path.description)" }
                .filter { $0.contains("/api/v1/") }
                .map { route in
                    route.replacingOccurrences(of: "/api/v1", with: "").replacingOccurrences(of: ":id", with: "{id}")
                        .replacingOccurrences(of: "{id}", with: "{id}")
                })
        try await clinic.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
            #expect(json?["openapi"] as? String == "3.1.0")
            let paths = try #require(json?["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
            #expect(routed == documented)
            #expect(documented.count == 15)
        }
    }
}

extension ServerSettings {
    static var testDefaults: ServerSettings {
        ServerSettings(reader: .init(provider: InMemoryProvider(values: ["demo.seed": false])))
    }
}
