import Foundation
import PostgresNIO
import SettleCare
import SettleStore
import Testing

@Suite("Domain records")
struct RecordTests {
    @Test("Day counts days from 1970-01-01 and prints ISO dates")
    func dayArithmetic() throws {
        // 2000-01-01 is 10 957 days after 1970-01-01 (30 years, 7 of them leap years: 30·365 + 7).
        #expect(try Day(iso: "2000-01-01").daysSince1970 == 10_957)
        #expect(Day(daysSince1970: 0).iso == "1970-01-01")
        #expect(Day(daysSince1970: -1).iso == "1969-12-31")
        #expect(try Day(iso: "2024-02-29").adding(days: 1).iso == "2024-03-01")
        #expect(Day(containing: Date(timeIntervalSince1970: 86_399)).iso == "1970-01-01")
        #expect(Day(containing: Date(timeIntervalSince1970: -1)).iso == "1969-12-31")
        #expect(try Day(iso: "2025-03-14").startDate == Date(timeIntervalSince1970: 1_741_910_400))
    }

    @Test(
        "Day refuses strings that are not real dates",
        arguments: ["2025-02-29", "2025-13-01", "2025-3-14", "14/03/2025", "", "２０２５-03-14"])
    func dayRejects(text: String) {
        #expect(throws: DayFormatError(text: text)) { try Day(iso: text) }
    }

    @Test("Day encodes as an ISO string in JSON")
    func dayJSON() throws {
        let data = try JSONEncoder().encode([try Day(iso: "2025-03-14")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-03-14"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2025-02-30"]"#.utf8)) }
    }

    @Test("diary validation lists every problem with its field")
    func diaryValidation() {
        let entry = DiaryEntry(
            patientID: UUID(), day: Day(daysSince1970: 0), recordedAt: Date(timeIntervalSince1970: 0), pain: -1,
            activityMinutes: 2000, steps: -5, sleepQuality: 11, stress: 10, note: String(repeating: "x", count: 2001))
        #expect(entry.validate().map(\.field) == ["pain", "activityMinutes", "steps", "sleepQuality", "note"])
        #expect(entry.validate().first?.message == "must be 0–10, got -1")
    }

    @Test("session details are validated under their kind")
    func sessionValidation() {
        let session = TreatmentSession(
            patientID: UUID(), day: Day(daysSince1970: 0),
            treatment: .acupuncture(
                AcupunctureDetails(arm: .verum, points: ["LI4", " "], needleCount: 101, retentionMinutes: 20)))
        #expect(session.validate().map(\.field) == ["acupuncture.needleCount", "acupuncture.points[1]"])
        let education = Treatment.education(EducationDetails(topics: []))
        #expect(education.validate() == [RecordProblem(field: "education.topics", message: "name at least one topic")])
    }

    @Test("a treatment encodes its kind next to its details")
    func treatmentJSON() throws {
        let treatment = Treatment.exercise(ExerciseDetails(kind: .gradedExposure, prescription: "stairs", minutes: 10))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(treatment), as: UTF8.self)
        #expect(text == #"{"exercise":{"kind":"gradedExposure","minutes":10,"prescription":"stairs"},"kind":"exercise"}"#)
        #expect(try JSONDecoder().decode(Treatment.self, from: Data(text.utf8)) == treatment)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Treatment.self, from: Data(#"{"kind":"massage"}"#.utf8))
        }
    }

    @Test("accounts: e-mail is normalised, roles and patient links must agree")
    func accountValidation() {
        let patientWithoutLink = UserAccount(
            email: "  Pat@Example.ORG ", displayName: "Pat", role: .patient, passwordHash: "h", createdAt: Date())
        #expect(patientWithoutLink.email == "pat@example.org")
        #expect(patientWithoutLink.validate().map(\.field) == ["patientID"])
        let clinicianWithLink = UserAccount(
            email: "bad", displayName: "", role: .clinician, passwordHash: "h", patientID: UUID(), createdAt: Date())
        #expect(clinicianWithLink.validate().map(\.field) == ["email", "displayName", "patientID"])
    }

    @Test("progression rule limits")
    func progressionValidation() {
        let rule = ProgressionRule(increasePercent: 80, everyDays: 0, ceilingMinutes: -1)
        #expect(rule.validate().map(\.field) == ["increasePercent", "everyDays", "ceilingMinutes"])
        #expect(ProgressionRule.steady.isValid)
    }

    @Test("patient record validation prefixes the part and item")
    func patientRecordValidation() {
        let patient = Patient(displayName: "A", createdAt: Date())
        var entry = DiaryEntry(patientID: patient.id, day: Day(daysSince1970: 0), recordedAt: Date(), pain: 3)
        entry.stress = 12
        let record = PatientRecord(patient: patient, diary: [entry, entry])
        #expect(record.validate().map(\.field) == ["diary[0].stress", "diary[1].stress"])
    }
}

@Suite("Token hashing")
struct TokenHashTests {
    // Published SHA-256 test vectors (FIPS 180-2 examples and the empty string).
    @Test(
        "SHA-256 matches published vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func vectors(input: String, expected: String) {
        #expect(TokenHash(hashing: input).hex == expected)
    }

    @Test("generated tokens are 43 URL-safe characters and differ")
    func generated() {
        let a = SecretToken.generate()
        let b = SecretToken.generate()
        #expect(a.count == 43)
        #expect(a != b)
        #expect(a.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("a full URL is accepted")
    func accepted() throws {
        let url = try PostgresURL(
            parsing: "postgres://set%40tle:p%2Fss@db.example:6543/clinic?schema=s1&sslmode=require&pool_size=8")
        #expect(url.host == "db.example")
        #expect(url.port == 6543)
        #expect(url.user == "set@tle")
        #expect(url.password == "p/ss")
        #expect(url.database == "clinic")
        #expect(url.schema == "s1")
        #expect(url.sslMode == .require)
        #expect(url.poolSize == 8)
        let server = url.configuration(keepConnectionsOpen: true).options
        #expect(server.maximumConnections == 8 && server.minimumConnections == 8)
        let onDemand = url.configuration(keepConnectionsOpen: false).options
        #expect(onDemand.maximumConnections == 8 && onDemand.minimumConnections == 0)
        let plain = try PostgresURL(parsing: "postgresql://settle@127.0.0.1/settle_test")
        #expect(plain.port == 5432)
        #expect(plain.password == nil)
        #expect(plain.sslMode == .disable)
        #expect(plain.poolSize == 20)
    }

    @Test(
        "bad URLs name the part to fix",
        arguments: [
            ("mysql://u@h/db", "DATABASE_URL.scheme"),
            ("postgres://h/db", "DATABASE_URL.user"),
            ("postgres://u@h", "DATABASE_URL.database"),
            ("postgres://u@h/db?sslmode=maybe", "DATABASE_URL.sslmode"),
            ("postgres://u@h/db?schema=x;drop", "DATABASE_URL.schema"),
            ("postgres://u@h/db?pool_size=0", "DATABASE_URL.pool_size"),
            ("postgres://u@h/db?pool_size=many", "DATABASE_URL.pool_size"),
        ])
    func rejected(url: String, field: String) {
        #expect {
            _ = try PostgresURL(parsing: url)
        } throws: { error in
            guard case .invalid(let problems) = error as? StoreError else { return false }
            return problems.map(\.field) == [field]
        }
    }
}
