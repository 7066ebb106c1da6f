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
        var rows: [CaseloadView.Row] = []
        for patient in try await AccessPolicy.visiblePatients(for: user, store: env.store) {
            guard let record = try await env.store.recentRecord(patientID: patient.id, days: 29, today: today) else { continue }
            rows.append(.init(patient: patient, summary: CareSummary(record: record, today: today)))
        }
        try await env.recordView(user, "caseload.view", patientID: nil, target: "\(rows.count) patients")
        return HTMLPage(
            body: CaseloadView.page(
                viewer: try context.viewer(), rows: rows, today: today, isAdmin: user.role == .admin, demo: true))
    }

    func dashboard(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        let patient = try await AccessPolicy.patient(context.parameters.get("id"), for: user, .view, store: env.store)
        if user.role == .patient {
            return HTMLPage(
                body: try await PatientSelfRoutes(env: env).summaryPage(user: user, patient: patient, context: context))
        }
        guard let record = try await env.store.patientRecord(id: patient.id) else { throw HTTPError(.notFound) }
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "dashboard")
        let notice = request.uri.queryParameters["saved"].map { "Saved: \($0)." }
        return HTMLPage(
            body: DashboardView.page(
                viewer: try context.viewer(), record: record, summary: CareSummary(record: record, today: env.today),
                today: env.today,
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
        let query = FormFields(urlEncoded: request.uri.query ?? "")
        var whatIfErrors = FieldErrors()
        let currentPlan = try await env.store.currentPlan(patientID: patient.id)
        var current = WhatIfOption.usual
        if let currentPlan {
            current.weeklyMinutes = min(currentPlan.weeklyQuotaMinutes, 1500)
            current.graded = true
        }
        var alternative = current
        alternative.needlingPerWeek = 1
        alternative.needlingWeeks = 6
        alternative.graded = true
        alternative.educationSessions = 2
        var result: WhatIfResult?
        if query.value(for: "whatif") != nil {
            current = PlanView.option(query, prefix: "a-", default: current, errors: &whatIfErrors)
            alternative = PlanView.option(query, prefix: "b-", default: alternative, errors: &whatIfErrors)
            if whatIfErrors.isEmpty {
                let recent = try await env.store.diaryEntries(
                    patientID: patient.id, from: env.today.adding(days: -13), through: env.today)
                result = WhatIfResult.simulate(
                    a: current, b: alternative, recentPain: CareSummary.mean(recent.map { Double($0.pain) }), days: 84)
            }
        }
        try await env.recordView(user, "plan.view", patientID: patient.id)
        return HTMLPage(
            status: whatIfErrors.isEmpty ? status : .unprocessableContent,
            body: PlanView.page(
                viewer: try context.viewer(), patient: patient, plan: currentPlan, form: form, errors: errors, today: env.today,
                whatIf: (current, alternative, result), whatIfErrors: whatIfErrors,
                canEdit: AccessPolicy.allows(user, .treat, patient)))
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

extension ClinicStore {
    /// The patient with diary from `days` before `today`, all sessions and questionnaires (for summaries).
    func recentRecord(patientID: UUID, days: Int, today: Day) async throws(StoreError) -> PatientRecord? {
        guard let patient = try await patient(id: patientID) else { return nil }
        return PatientRecord(
            patient: patient,
            diary: try await diaryEntries(patientID: patientID, from: today.adding(days: -days), through: today),
            sessions: try await treatmentSessions(patientID: patientID),
            plan: try await currentPlan(patientID: patientID),
            questionnaires: try await administrations(patientID: patientID, instrumentID: nil))
    }
}
