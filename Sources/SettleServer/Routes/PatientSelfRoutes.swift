import Foundation
import Hummingbird
import SettleCare
import SettleStore

/// A patient's own summary (the full patient pages come with a later issue).
struct PatientSelfRoutes {
    let env: ClinicEnvironment

    func add(to router: some RouterMethods<SettleRequestContext>) {
        router.get("/me") { request, context -> HTMLPage in
            let user = try context.requireUser()
            try AccessPolicy.require(user, roles: [.patient])
            let patient = try await AccessPolicy.patient(user.patientID?.uuidString, for: user, .view, store: env.store)
            return HTMLPage(body: try await summaryPage(user: user, patient: patient, context: context))
        }
    }

    func summaryPage(user: SignedInUser, patient: Patient, context: SettleRequestContext) async throws -> HTML {
        let today = env.today
        guard let record = try await env.store.recentRecord(patientID: patient.id, days: 27, today: today) else { throw HTTPError(.notFound) }
        try await env.recordView(user, "patient.view", patientID: patient.id, target: "own summary")
        let summary = CareSummary(record: record, today: today)
        let body: HTML = """
            <h1>Hello, \(patient.displayName)</h1>
            <div class="grid">
            <div class="card"><h3>Your pain, last 7 days</h3><p class="stat">\(summary.recentPain?.oneDecimal ?? "—") <small>/ 10</small></p>
            <p class="support">The 3 weeks before: \(summary.earlierPain?.oneDecimal ?? "—")</p></div>
            <div class="card"><h3>Your plan</h3>\(DashboardView.plan(record.plan))</div>
            <div class="card"><h3>Sessions</h3><p>\(record.sessions.count) logged\(record.sessions.last.map { ", the latest on \($0.day.iso)" } ?? "").</p></div>
            </div>
            <div class="card">\(DashboardCharts.diary(record, from: today.adding(days: -27), through: today))</div>
            <p class="support">Pain that persists is often a protective system that has become over-sensitive, not a sign of ongoing damage. Daily check-ins and learning pages are coming soon.</p>
            """
        return Layout.page(title: "My summary", viewer: try context.viewer(), body: body)
    }
}
