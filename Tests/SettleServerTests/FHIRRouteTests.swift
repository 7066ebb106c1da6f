import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

@Suite("FHIR API")
struct FHIRRouteTests {
    func get(_ client: some TestClientProtocol, _ path: String, token: String?) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(uri: path, method: .get, headers: headers)
    }

    @Test("the treating clinician and the patient get a FHIR R4 Bundle; others are refused; the read is audited")
    func bundleAndAccess() async throws {
        let clinic = try await TestClinic.make()
        let own = try await clinic.token(for: clinic.clinicianA)
        let other = try await clinic.token(for: clinic.clinicianB)
        let selfToken = try await clinic.token(for: clinic.patientUserA)
        let path = "/api/v1/patients/\(clinic.patientA.id.lower)/fhir"
        try await clinic.app().test(.router) { client in
            let ok = try await get(client, path, token: own)
            #expect(ok.status == .ok)
            #expect(ok.headers[.contentType] == "application/fhir+json")
            let json = try JSONSerialization.jsonObject(with: Data(String(buffer: ok.body).utf8)) as? [String: Any]
            #expect(json?["resourceType"] as? String == "Bundle")
            let types = (json?["entry"] as? [[String: Any]])?.compactMap {
                ($0["resource"] as? [String: Any])?["resourceType"] as? String
            }
            #expect(types?.contains("Patient") == true)
            #expect(try await get(client, path, token: selfToken).status == .ok)
            let refused = try await get(client, path, token: other).status
            #expect(refused == .forbidden || refused == .notFound)
            #expect(try await get(client, path, token: nil).status == .unauthorized)
        }
        let audit = try await clinic.store.auditEvents(patientID: clinic.patientA.id, actorID: nil, limit: 100)
        #expect(audit.contains { $0.action == "api.patient.fhir" })
    }
}
