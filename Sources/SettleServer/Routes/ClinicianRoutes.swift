import Foundation
import Hummingbird
import SettleCare
import SettleMeasures
import SettleStore

/// Caseload, patient registration, dashboard, session logging, questionnaires, plan and invites.
struct ClinicianRoutes {
    let env: ClinicEnvironment

    func add(to router: some RouterMethods<SettleRequestContext>) {
        router.get("/caseload", use: caseload)
        router.get("/patients/new", use: newPatient)
        router.post("/patients", use: createPatient)
        router.get("/patients/:id", use: dashboard)
        router.get("/patients/:id/sessions/new", use: newSession)
        router.post("/patients/:id/sessions", use: createSession)
        router.get("/patients/:id/questionnaires/new", use: newQuestionnaire)
        router.post("/patients/:id/questionnaires", use: createQuestionnaire)
        router.get("/patients/:id/plan", use: planPage)
        router.post("/patients/:id/plan", use: setPlan)
        router.post("/patients/:id/invite", use: invite)
    }

    func caseload(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.admin, .clinician])
        let today = env.today
        let patients = try await AccessPolicy.visiblePatients(for: user, store: env.store)
        let rows = try await caseloadRows(patients, today: today)
        try await env.recordView(user, "caseload.view", patientID: nil, target: "\(rows.count) patients")
        return HTMLPage(
            body: CaseloadView.page(
                viewer: try context.viewer(), rows: rows, today: today, isAdmin: user.role == .admin, demo: true))
    }

    /// One row per patient, in the order given, with the engine's cheap caseload assessment
    /// (computed a few patients at a time; cached until the record changes).
    private func caseloadRows(_ patients: [Patient], today: Day) async throws -> [CaseloadView.Row] {
        let env = self.env
        return try await withThrowingTaskGroup(of: (Int, CaseloadView.Row).self) { group in
            var rows = [CaseloadView.Row?](repeating: nil, count: patients.count)
            for (index, patient) in patients.enumerated() {
                if index >= Self.caseloadConcurrency, let (done, row) = try await group.next() { rows[done] = row }
                group.addTask {
                    let (record, care) = try await env.recordAndCare(patient, .caseload)
                    return (
                        index, CaseloadView.Row(patient: patient, summary: CareSummary(record: record, today: today), care: care)
                    )
                }
            }
            while let (done, row) = try await group.next() { rows[done] = row }
            return rows.compactMap { $0 }
        }
    }

    /// Patients assessed at the same time when the caseload is built (the engine runs off the request's executor).
    static let caseloadConcurrency = 4

    func dashboard(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        if user.role == .patient {
            return HTMLPage(
                body: try await PatientSelfRoutes(env: env).summaryPage(user: user, patient: patient, context: context))
        }
        let (record, care) = try await env.recordAndCare(patient)
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "dashboard")
        let notice = request.uri.queryParameters["saved"].map { "Saved: \($0)." }
        return HTMLPage(
            body: DashboardView.page(
                viewer: try context.viewer(), record: record, summary: CareSummary(record: record, today: env.today),
                care: care, today: env.today,
                canTreat: AccessPolicy.allows(user, .treat, patient), notice: notice))
    }

    // MARK: New patient

    func newPatient(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.clinician])
        return HTMLPage(body: PatientFormView.page(viewer: try context.viewer(), form: FormFields([]), errors: FieldErrors()))
    }

    func createPatient(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.clinician])
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        switch PatientFormView.parse(form, clinicianID: user.id, now: env.now()) {
        case .failure(let errors):
            return HTMLPage(
                status: .unprocessableContent,
                body: PatientFormView.page(viewer: try context.viewer(), form: form, errors: errors)
            ).response()
        case .success(let patient):
            try await env.store.apply([
                .createPatient(patient), .appendAudit(env.audit(user, "patient.create", patientID: patient.id)),
            ])
            return Response.redirect(to: "/patients/\(patient.id.uuidString.lowercased())?saved=patient", type: .normal)
        }
    }

    // MARK: Sessions

    func newSession(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        return HTMLPage(
            body: SessionFormView.page(
                viewer: try context.viewer(), patient: patient, form: FormFields([]), errors: FieldErrors(), today: env.today))
    }

    func createSession(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        switch SessionFormView.parse(form, patientID: patient.id, clinicianID: user.id) {
        case .failure(let errors):
            return HTMLPage(
                status: .unprocessableContent,
                body: SessionFormView.page(
                    viewer: try context.viewer(), patient: patient, form: form, errors: errors, today: env.today)
            ).response()
        case .success(let session):
            try await env.store.apply([
                .addTreatmentSession(session),
                .appendAudit(
                    env.audit(user, "session.add", patientID: patient.id, target: "session/\(session.id.uuidString.lowercased())")
                ),
            ])
            return Response.redirect(to: "/patients/\(patient.id.uuidString.lowercased())?saved=session", type: .normal)
        }
    }

    // MARK: Questionnaires

    func newQuestionnaire(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let chosen = request.uri.queryParameters["instrument"].map(String.init)
        let instrument = chosen.flatMap(QuestionnaireScoring.instrument(id:))
        var errors = FieldErrors()
        if let chosen, instrument == nil { errors.add("instrument", "Unknown instrument “\(chosen)”; choose one from the list.") }
        return HTMLPage(
            status: errors.isEmpty ? .ok : .unprocessableContent,
            body: QuestionnaireFormView.page(
                viewer: try context.viewer(), patient: patient, instrument: instrument, form: FormFields([]), errors: errors,
                today: env.today))
    }

    func createQuestionnaire(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        guard let instrument = form.value(for: "instrument").flatMap(QuestionnaireScoring.instrument(id:)) else {
            return HTMLPage(
                status: .unprocessableContent,
                body: QuestionnaireFormView.page(
                    viewer: try context.viewer(), patient: patient, instrument: nil, form: form,
                    errors: FieldErrors(["instrument": "Choose an instrument from the list."]), today: env.today)
            ).response()
        }
        switch QuestionnaireFormView.parse(form, instrument: instrument, patientID: patient.id, now: env.now()) {
        case .failure(let errors):
            return HTMLPage(
                status: .unprocessableContent,
                body: QuestionnaireFormView.page(
                    viewer: try context.viewer(), patient: patient, instrument: instrument, form: form, errors: errors,
                    today: env.today)
            ).response()
        case .success(let administration):
            try await env.store.apply([
                .addAdministration(administration),
                .appendAudit(
                    env.audit(
                        user, "questionnaire.add", patientID: patient.id, target: "\(instrument.id)/\(administration.day.iso)")),
            ])
            return Response.redirect(to: "/patients/\(patient.id.uuidString.lowercased())?saved=questionnaire", type: .normal)
        }
    }

    // MARK: Plan

    func planPage(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        try AccessPolicy.require(user, roles: [.admin, .clinician])
        return try await planResponse(
            user: user, patient: patient, request: request, context: context, form: FormFields([]), errors: FieldErrors(),
            status: .ok)
    }

    func setPlan(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        switch PlanView.parse(form, patientID: patient.id, setBy: user.id, now: env.now()) {
        case .failure(let errors):
            return try await planResponse(
                user: user, patient: patient, request: request, context: context, form: form, errors: errors,
                status: .unprocessableContent
            ).response()
        case .success(let plan):
            try await env.store.apply([
                .setPlan(plan),
                .appendAudit(
                    env.audit(user, "plan.set", patientID: patient.id, target: "plan/\(plan.id.uuidString.lowercased())")),
            ])
            return Response.redirect(to: "/patients/\(patient.id.uuidString.lowercased())?saved=plan", type: .normal)
        }
    }

    private func planResponse(
        user: SignedInUser, patient: Patient, request: Request, context: SettleRequestContext, form: FormFields,
        errors: FieldErrors,
        status: HTTPResponse.Status
    ) async throws -> HTMLPage {
        let (record, care) = try await env.recordAndCare(patient)
        let query = FormFields(urlEncoded: request.uri.query ?? "")
        let chosen = PlanView.chosenOptions(query)
        try await env.recordView(user, "plan.view", patientID: patient.id)
        return HTMLPage(
            status: status,
            body: PlanView.page(
                viewer: try context.viewer(), patient: patient, plan: record.plan, form: form, errors: errors, today: env.today,
                care: care, shown: chosen, canEdit: AccessPolicy.allows(user, .treat, patient)))
    }

    // MARK: Invite

    func invite(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .treat, store: env.store)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        let email = UserAccount.normalizedEmail(form.value(for: "email") ?? "")
        var errors = FieldErrors()
        if email.isEmpty || !email.contains("@") || email.count > 254 {
            errors.add("email", "Enter the patient's e-mail, like name@example.org.")
        }
        guard errors.isEmpty else { throw errors }
        let code = SecretToken.generate()
        let now = env.now()
        let invite = Invite(
            codeHash: TokenHash(hashing: code), email: email, role: .patient, patientID: patient.id, createdBy: user.id,
            createdAt: now,
            expiresAt: now.addingTimeInterval(7 * 24 * 3600))
        try await env.store.apply([
            .createInvite(invite), .appendAudit(env.audit(user, "invite.create", patientID: patient.id, target: email)),
        ])
        let link = env.settings.baseURL + "/invite/" + code
        let body: HTML = """
            <h1>Invite link created</h1>
            <div class="card"><p>Give this one-time link to \(patient.displayName) (\(email)). It works once and expires in 7 days; it is not shown again.</p>
            <p><input type="text" readonly value="\(link)" aria-label="Invite link"></p>
            <p><a href="/patients/\(patient.id.uuidString.lowercased())">Back to the dashboard</a></p></div>
            """
        return HTMLPage(status: .created, body: Layout.page(title: "Invite link", viewer: try context.viewer(), body: body))
            .response()
    }
}
