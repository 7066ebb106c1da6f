import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare
import SettleInterop
import SettleMeasures
import SettleStore

/// `/api/v1`: the same resources as the pages, as JSON, for bearer-token clients.
///
/// Every route but `openapi.json` needs `Authorization: Bearer <token>` (tokens are created
/// on the API tokens page). Errors: `{"error": {"status": 422, "message": "...", "fields": {...}}}`.
struct APIRoutes {
    let env: ClinicEnvironment

    func add(to api: RouterGroup<SettleRequestContext>) {
        api.get("openapi.json") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        let secured = api.group().add(middleware: BearerTokenAuthenticator(store: env.store, now: env.now))
        secured.get("me", use: me)
        secured.get("patients", use: listPatients)
        secured.post("patients", use: createPatient)
        secured.get("patients/:id", use: patient)
        secured.get("patients/:id/diary", use: diary)
        secured.post("patients/:id/diary", use: addDiary)
        secured.get("patients/:id/sessions", use: sessions)
        secured.post("patients/:id/sessions", use: addSession)
        secured.get("patients/:id/questionnaires", use: questionnaires)
        secured.post("patients/:id/questionnaires", use: addQuestionnaire)
        secured.get("patients/:id/plan", use: plan)
        secured.get("patients/:id/fhir", use: fhir)
        secured.put("patients/:id/plan", use: setPlan)
        secured.get("audit", use: audit)
    }

    func me(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        return try APIJSON.response(
            APIModels.Me(
                id: user.id, email: user.email, displayName: user.displayName, role: user.role, patientID: user.patientID))
    }

    func listPatients(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patients = try await AccessPolicy.visiblePatients(for: user, store: env.store)
        try await env.recordView(user, "api.patients.list", patientID: nil, target: "\(patients.count) patients")
        return try APIJSON.response(APIModels.List(items: patients))
    }

    func createPatient(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.clinician])
        let body = try await APIJSON.decode(APIModels.NewPatient.self, from: request)
        let patient = Patient(
            displayName: body.displayName, birthYear: body.birthYear, condition: body.condition ?? "", clinicianID: user.id,
            createdAt: env.now())
        try Self.check(patient.validate())
        try await env.store.apply([
            .createPatient(patient), .appendAudit(env.audit(user, "patient.create", patientID: patient.id)),
        ])
        return try APIJSON.response(patient, status: .created)
    }

    func patient(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        let (record, care) = try await env.recordAndCare(patient, .caseload)
        try await env.recordView(user, "api.patient.view", patientID: patient.id)
        let s = CareSummary(record: record, today: env.today)
        let assessment = care.assessment
        return try APIJSON.response(
            APIModels.PatientSummary(
                patient: patient, lastCheckIn: s.lastCheckIn, recentPain: s.recentPain, earlierPain: s.earlierPain,
                sensitivity: assessment?.state.sensitivity,
                windowOpenProbability: assessment?.window.openProbability,
                windowOpen: assessment?.window.isLikelyOpen ?? false, flare: s.flare,
                questionnaireDue: s.questionnaireDue,
                note: care.shortfall ?? assessment?.disclaimer ?? CareAssessment.standardDisclaimer))
    }

    /// The patient's record as a FHIR R4 Bundle (`application/fhir+json`), built by SettleInterop.
    /// Demo patients are exported marked as synthetic.
    func fhir(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        guard let record = try await env.store.patientRecord(id: patient.id) else { throw HTTPError(.notFound) }
        try await env.recordView(user, "api.patient.fhir", patientID: patient.id)
        let synthetic =
            patient.displayName.localizedCaseInsensitiveContains("synthetic")
            || patient.condition.localizedCaseInsensitiveContains("synthetic")
        let data = FHIRExporter.bundle(for: record, synthetic: synthetic)
        var headers = HTTPFields()
        headers[.contentType] = "application/fhir+json"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    func diary(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        let query = FormFields(urlEncoded: request.uri.query ?? "")
        var errors = FieldErrors()
        let from = errors.day(query, "from", label: "from", required: false) ?? env.today.adding(days: -89)
        let through = errors.day(query, "through", label: "through", required: false) ?? env.today
        if from > through { errors.add("from", "from (\(from.iso)) must not be after through (\(through.iso)).") }
        if from.days(to: through) > 3660 { errors.add("through", "Ask for at most 10 years at a time.") }
        guard errors.isEmpty else { throw errors }
        let entries = try await env.store.diaryEntries(patientID: patient.id, from: from, through: through)
        try await env.recordView(user, "api.diary.view", patientID: patient.id, target: "\(from.iso)..\(through.iso)")
        return try APIJSON.response(APIModels.List(items: entries))
    }

    func addDiary(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .addDiary, store: env.store)
        let body = try await APIJSON.decode(APIModels.NewDiaryEntry.self, from: request)
        let entry = DiaryEntry(
            patientID: patient.id, day: body.day, recordedAt: env.now(), pain: body.pain, activityMinutes: body.activityMinutes,
            steps: body.steps, sleepQuality: body.sleepQuality, stress: body.stress, flare: body.flare ?? false,
            note: body.note ?? "")
        try Self.check(entry.validate())
        try await env.store.apply([
            .addDiaryEntry(entry),
            .appendAudit(env.audit(user, "diary.add", patientID: patient.id, target: "diary/\(entry.day.iso)")),
        ])
        return try APIJSON.response(entry, status: .created)
    }

    func sessions(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        let sessions = try await env.store.treatmentSessions(patientID: patient.id)
        try await env.recordView(user, "api.sessions.view", patientID: patient.id)
        return try APIJSON.response(APIModels.List(items: sessions))
    }

    func addSession(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let body = try await APIJSON.decode(APIModels.NewSession.self, from: request)
        let session = TreatmentSession(
            patientID: patient.id, clinicianID: user.id, day: body.day, treatment: body.treatment, note: body.note ?? "")
        try Self.check(session.validate())
        try await env.store.apply([
            .addTreatmentSession(session),
            .appendAudit(
                env.audit(user, "session.add", patientID: patient.id, target: "session/\(session.id.uuidString.lowercased())")),
        ])
        return try APIJSON.response(session, status: .created)
    }

    func questionnaires(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        let instrument = request.uri.queryParameters["instrument"].map(String.init)
        let items = try await env.store.administrations(patientID: patient.id, instrumentID: instrument).map { admin in
            let score =
                QuestionnaireScoring.decode(admin.scoreJSON)
                ?? QuestionnaireScoring.score(instrumentID: admin.instrumentID, answers: admin.answers)
            return APIModels.ScoredAdministration(administration: admin, total: score?.total, band: score?.band)
        }
        try await env.recordView(user, "api.questionnaires.view", patientID: patient.id)
        return try APIJSON.response(APIModels.List(items: items))
    }

    func addQuestionnaire(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let body = try await APIJSON.decode(APIModels.NewQuestionnaire.self, from: request)
        guard let instrument = QuestionnaireScoring.instrument(id: body.instrumentID) else {
            let known = QuestionnaireScoring.instruments.map(\.id).joined(separator: ", ")
            throw FieldErrors(["instrumentID": "Unknown instrument “\(body.instrumentID)”; known: \(known)."])
        }
        let result: SettleMeasures.ScoreResult
        do { result = try instrument.score(body.answers) } catch { throw FieldErrors(["answers": error.description]) }
        if !result.missingItems.isEmpty, result.total == nil {
            throw FieldErrors([
                "answers":
                    "Items missing and the instrument cannot be scored without them: \(result.missingItems.joined(separator: ", "))."
            ])
        }
        let answers = body.answers.mapValues(Double.init)
        let admin = QuestionnaireAdministration(
            patientID: patient.id, instrumentID: instrument.id, version: instrument.version, variant: instrument.variant ?? "",
            day: body.day,
            administeredAt: env.now(), answers: answers,
            scoreJSON: QuestionnaireScoring.scoreJSON(instrumentID: instrument.id, answers: answers))
        try Self.check(admin.validate())
        try await env.store.apply([
            .addAdministration(admin),
            .appendAudit(env.audit(user, "questionnaire.add", patientID: patient.id, target: "\(instrument.id)/\(body.day.iso)")),
        ])
        return try APIJSON.response(
            APIModels.ScoredAdministration(administration: admin, total: result.total, band: result.band), status: .created)
    }

    func plan(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        guard let plan = try await env.store.currentPlan(patientID: patient.id) else {
            throw HTTPError(.notFound, message: "No activity plan has been set for this patient.")
        }
        try await env.recordView(user, "api.plan.view", patientID: patient.id)
        return try APIJSON.response(plan)
    }

    func setPlan(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let body = try await APIJSON.decode(APIModels.NewPlan.self, from: request)
        let plan = ActivityPlan(
            patientID: patient.id, startDay: body.startDay, weeklyQuotaMinutes: body.weeklyQuotaMinutes,
            progression: body.progression,
            setBy: user.id, setAt: env.now(), note: body.note ?? "")
        try Self.check(plan.validate())
        try await env.store.apply([
            .setPlan(plan),
            .appendAudit(env.audit(user, "plan.set", patientID: patient.id, target: "plan/\(plan.id.uuidString.lowercased())")),
        ])
        return try APIJSON.response(plan)
    }

    func audit(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.admin])
        var errors = FieldErrors()
        let query = FormFields(urlEncoded: request.uri.query ?? "")
        let limit = errors.integer(query, "limit", label: "limit", in: 1...10_000, required: false) ?? 200
        guard errors.isEmpty else { throw errors }
        return try APIJSON.response(
            APIModels.List(items: try await env.store.auditEvents(patientID: nil, actorID: nil, limit: limit)))
    }

    /// Throws `422` with every problem a record's validation found.
    static func check(_ problems: [RecordProblem]) throws {
        guard problems.isEmpty else { throw FieldErrors(problems: problems) }
    }
}

/// `Authorization: Bearer <token>` → the token's (enabled) user; `401` otherwise.
struct BearerTokenAuthenticator: RouterMiddleware {
    typealias Context = SettleRequestContext
    let store: any ClinicStore
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard let bearer = request.headers.bearer else {
            throw HTTPError(
                .unauthorized, message: "Send an API token as Authorization: Bearer <token> (create one on /account/tokens).")
        }
        guard let token = try await store.validAPIToken(tokenHash: TokenHash(hashing: bearer.token), now: now()),
            let user = try await store.user(id: token.userID), !user.disabled
        else {
            throw HTTPError(.unauthorized, message: "The API token is unknown, revoked or expired.")
        }
        var context = context
        context.identity = user
        return try await next(request, context)
    }
}
