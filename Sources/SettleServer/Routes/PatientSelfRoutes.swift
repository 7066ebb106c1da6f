import Foundation
import Hummingbird
import SettleCare
import SettleMeasures
import SettleStore

/// The patient's own pages: Today, the daily check-in, Progress (with goals) and the course.
///
/// Every route needs a signed-in patient account linked to a patient record (`403` for other
/// roles); every read is audited, every change is one transaction with its audit event.
struct PatientSelfRoutes {
    let env: ClinicEnvironment

    /// `checkingSessionInWrite`: the group for routes that check the session in their write
    /// (the check-in POST, the busiest write; see ``SessionAccountMiddleware/CachedSessions``).
    func add(
        to router: some RouterMethods<SettleRequestContext>,
        checkingSessionInWrite writeChecked: some RouterMethods<SettleRequestContext>
    ) {
        router.get("/me", use: todayPage)
        router.get("/me/check-in", use: checkInPage)
        writeChecked.post("/me/check-in", use: checkIn)
        router.get("/me/progress", use: progressPage)
        router.post("/me/goals", use: addGoal)
        router.post("/me/goals/ratings", use: rateGoals)
        router.get("/me/learn", use: coursePage)
        router.get("/me/learn/:module", use: modulePage)
        router.post("/me/learn/:module/done", use: completeModule)
    }

    /// The signed-in patient and their record; `403` for other roles or another patient.
    private func own(_ context: SettleRequestContext, _ action: AccessPolicy.Action = .view) async throws -> (
        SignedInUser, Patient
    ) {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.patient])
        let patient = try await AccessPolicy.patient(
            user.patientID?.uuidString, for: user, action, store: env.store, preloaded: context.ownPatient)
        return (user, patient)
    }

    /// Today's quota: the engine's plan, or the stored plan's rule when the engine has no assessment.
    static func quota(_ record: PatientRecord, _ outcome: CareOutcome, today: Day) -> ActivityQuota? {
        if let assessment = outcome.assessment {
            return ActivityQuota(engine: assessment.plan, storedPlan: record.plan, diary: record.diary, today: today)
        }
        return ActivityQuota(plan: record.plan, diary: record.diary, today: today)
    }

    /// Notices after a redirect, by the `saved` query value (never echoing the query itself).
    private static let notices = [
        "checkin": "Check-in saved. Thank you.",
        "goal": "Goal added.",
        "ratings": "Goal ratings saved.",
    ]

    // MARK: Today

    func todayPage(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let (user, patient) = try await own(context)
        let notice = request.uri.queryParameters["saved"].flatMap { Self.notices[String($0)] }
        return HTMLPage(body: try await summaryPage(user: user, patient: patient, context: context, notice: notice))
    }

    /// The Today page for `patient` (also what a patient sees at `/patients/{their id}`).
    func summaryPage(user: SignedInUser, patient: Patient, context: SettleRequestContext, notice: String? = nil) async throws
        -> HTML
    {
        let today = env.today
        let (record, outcome) = try await env.recordAndCare(patient)
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "today")
        let summary = CareSummary(record: record, today: today)
        let completed = EducationCourse.completed(in: record.sessions)
        let content = TodayView.Content(
            patient: patient, today: today,
            checkedIn: record.diary.filter { $0.day == today }.max { $0.recordedAt < $1.recordedAt },
            quota: Self.quota(record, outcome, today: today), plan: record.plan,
            window: WindowOutlook(outcome: outcome, lastNeedling: summary.lastNeedling, today: today),
            flare: FlarePlan(diary: record.diary, plan: record.plan, today: today), summary: summary,
            nextModule: EducationCourse.modules.first { completed[$0.id] == nil }, notice: notice)
        return TodayView.page(viewer: try context.viewer(), content)
    }

    // MARK: Check-in

    func checkInPage(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let (user, patient) = try await own(context)
        let (saved, planned) = try await todaysCheckIn(patient)
        try await env.recordView(user, "diary.view", patientID: patient.id, target: "check-in \(env.today.iso)")
        return HTMLPage(
            body: CheckInView.page(
                viewer: try context.viewer(), today: env.today, saved: saved, plannedMinutes: planned, form: FormFields([]),
                errors: FieldErrors()))
    }

    /// Saves the check-in. Registered where the session is checked inside the write: with an
    /// account from the session cache, the session is read first only when something has to be
    /// read before the save (the plan's quota for "as planned", the form after a validation error).
    func checkIn(_ request: Request, context: SettleRequestContext) async throws -> Response {
        var context = context
        var (user, patient) = try await own(context, .addDiary)
        /// Reads the session, if it came from the cache, before anything else is read.
        func readSessionFirst() async throws {
            context = try await env.verified(context)
            (user, patient) = try await own(context, .addDiary)
        }
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        let today = env.today
        // Nothing is read before a valid save: the store finds today's entry to overwrite itself.
        // The plan's quota is read only when "as planned" was chosen.
        var planned: Int? = nil
        if form.value(for: "activity") == "planned" {
            try await readSessionFirst()
            planned = try await plannedMinutes(patient)
        }
        switch CheckInForm.parse(form, plannedMinutes: planned) {
        case .failure(let errors):
            try await readSessionFirst()
            let (saved, _) = try await todaysCheckIn(patient)
            return HTMLPage(
                status: .unprocessableContent,
                body: CheckInView.page(
                    viewer: try context.viewer(), today: today, saved: saved, plannedMinutes: planned, form: form, errors: errors)
            ).response()
        case .success(let answers):
            let entry = DiaryEntry(
                patientID: patient.id, day: today, recordedAt: env.now(), pain: answers.pain,
                activityMinutes: answers.activityMinutes, sleepQuality: answers.sleepQuality, stress: answers.stress,
                flare: answers.flare, note: answers.note)
            // Overwrites today's latest entry (the one the form edited), leaving any other entries of the day.
            try await env.apply(
                [
                    .saveCheckIn(
                        entry, audit: env.audit(user, "diary.add", patientID: patient.id, target: "diary/\(today.iso)"),
                        replacedAction: "diary.update")
                ], checking: context)
            return Response.redirect(to: "/me?saved=checkin", type: .normal)
        }
    }

    /// Today's planned minutes for a check-in: from the assessment already made today (the one the
    /// form showed, even if a check-in changed the record since), otherwise computed afresh.
    private func plannedMinutes(_ patient: Patient) async throws -> Int? {
        let today = env.today
        if let outcome = await env.careCache.latest(patientID: patient.id, asOf: today, profile: .full),
            let assessment = outcome.assessment
        {
            let plan = try await env.store.currentPlan(patientID: patient.id)
            return ActivityQuota(engine: assessment.plan, storedPlan: plan, diary: [], today: today).dailyMinutes
        }
        return try await todaysCheckIn(patient).1
    }

    /// Today's latest entry (the one the form edits) and today's planned minutes.
    private func todaysCheckIn(_ patient: Patient) async throws -> (DiaryEntry?, Int?) {
        let today = env.today
        let (record, outcome) = try await env.recordAndCare(patient)
        let saved = record.diary.filter { $0.day == today }.max { $0.recordedAt < $1.recordedAt }
        return (saved, Self.quota(record, outcome, today: today)?.dailyMinutes)
    }

    // MARK: Progress and goals

    func progressPage(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let (user, patient) = try await own(context)
        let notice = request.uri.queryParameters["saved"].flatMap { Self.notices[String($0)] }
        return try await progressResponse(
            user: user, patient: patient, context: context, form: FormFields([]), errors: FieldErrors(), notice: notice)
    }

    private func progressResponse(
        user: SignedInUser, patient: Patient, context: SettleRequestContext, form: FormFields, errors: FieldErrors,
        notice: String? = nil
    ) async throws -> HTMLPage {
        let today = env.today
        let (record, outcome) = try await env.recordAndCare(patient)
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "progress")
        let goals = record.goals.map { GoalProgress(goal: $0, administrations: record.questionnaires) }
        return HTMLPage(
            status: errors.isEmpty ? .ok : .unprocessableContent,
            body: ProgressView.page(
                viewer: try context.viewer(),
                .init(
                    diary: record.diary, today: today, care: outcome, goals: goals, form: form, errors: errors,
                    notice: notice)))
    }

    /// Most active goals a patient keeps (the PSFS rates 3–5 activities).
    static let maximumGoals = 5

    func addGoal(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let (user, patient) = try await own(context, .addDiary)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        var errors = FieldErrors()
        let activity = errors.required(form, "activity", label: "The activity", maxLength: 200)
        let baseline = errors.integer(form, "baselineRating", label: "How able you are now", in: 0...10)
        let target = errors.integer(form, "targetRating", label: "Your target", in: 0...10, required: false)
        if let baseline, let target, target <= baseline {
            errors.add("targetRating", "Your target must be above how able you are now (\(baseline)); leave it empty if unsure.")
        }
        let active = try await env.store.goals(patientID: patient.id).filter(\.active)
        if active.count >= Self.maximumGoals {
            errors.add("activity", "You already have \(Self.maximumGoals) goals, the most the scale uses.")
        }
        guard errors.isEmpty, let baseline else {
            return try await progressResponse(user: user, patient: patient, context: context, form: form, errors: errors)
                .response()
        }
        let goal = Goal(
            patientID: patient.id, activity: activity, baselineRating: baseline, targetRating: target, createdOn: env.today)
        try await env.store.apply([
            .upsertGoal(goal),
            .appendAudit(env.audit(user, "goal.add", patientID: patient.id, target: "goal/\(goal.id.uuidString.lowercased())")),
        ])
        return Response.redirect(to: "/me/progress?saved=goal#h-goals", type: .normal)
    }

    func rateGoals(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let (user, patient) = try await own(context, .addDiary)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        let active = try await env.store.goals(patientID: patient.id).filter(\.active)
        var errors = FieldErrors()
        var answers: [String: Double] = [:]
        var numbered: [String: Double] = [:]
        for (index, goal) in active.enumerated() {
            let field = "rating-" + goal.id.uuidString.lowercased()
            if let rating = errors.integer(form, field, label: "Rating for “\(goal.activity)”", in: 0...10, required: false) {
                answers[goal.id.uuidString.lowercased()] = Double(rating)
                numbered[String(index + 1)] = Double(rating)
            }
        }
        if errors.isEmpty && answers.isEmpty {
            errors.add(
                active.first.map { "rating-" + $0.id.uuidString.lowercased() } ?? "activity",
                "Rate at least one goal from 0 to 10.")
        }
        guard errors.isEmpty else {
            return try await progressResponse(user: user, patient: patient, context: context, form: form, errors: errors)
                .response()
        }
        let instrument = QuestionnaireScoring.instrument(id: "psfs")
        let administration = QuestionnaireAdministration(
            patientID: patient.id, instrumentID: "psfs", version: instrument?.version ?? "Stratford 1995", day: env.today,
            administeredAt: env.now(), answers: answers,
            scoreJSON: QuestionnaireScoring.scoreJSON(instrumentID: "psfs", answers: numbered))
        try await env.store.apply([
            .addAdministration(administration),
            .appendAudit(env.audit(user, "questionnaire.add", patientID: patient.id, target: "psfs/\(env.today.iso)")),
        ])
        return Response.redirect(to: "/me/progress?saved=ratings#h-goals", type: .normal)
    }

    // MARK: Course

    func coursePage(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let (user, patient) = try await own(context)
        let sessions = try await env.store.treatmentSessions(patientID: patient.id)
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "course")
        let notice = request.uri.queryParameters["read"].flatMap { EducationCourse.module(id: String($0)) }.map {
            "Marked as read: \($0.title)."
        }
        return HTMLPage(
            body: EducationView.overview(
                viewer: try context.viewer(), completed: EducationCourse.completed(in: sessions), notice: notice))
    }

    func modulePage(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let (user, patient) = try await own(context)
        let module = try Self.module(context)
        let sessions = try await env.store.treatmentSessions(patientID: patient.id)
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "course/\(module.id)")
        return HTMLPage(
            body: EducationView.module(
                viewer: try context.viewer(), module, completedOn: EducationCourse.completed(in: sessions)[module.id]))
    }

    func completeModule(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let (user, patient) = try await own(context, .addDiary)
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        let module = try Self.module(context)
        let sessions = try await env.store.treatmentSessions(patientID: patient.id)
        if EducationCourse.completed(in: sessions)[module.id] == nil {
            let session = EducationCourse.completion(of: module, patientID: patient.id, day: env.today)
            try await env.store.apply([
                .addTreatmentSession(session),
                .appendAudit(env.audit(user, "education.complete", patientID: patient.id, target: "course/\(module.id)")),
            ])
        }
        return Response.redirect(to: "/me/learn?read=\(module.id)", type: .normal)
    }

    private static func module(_ context: SettleRequestContext) throws -> EducationCourse.Module {
        let id = context.parameters.get("module") ?? ""
        guard let module = EducationCourse.module(id: id) else {
            throw HTTPError(.notFound, message: "No course module “\(id)”. The modules are listed on the Learn page.")
        }
        return module
    }
}
