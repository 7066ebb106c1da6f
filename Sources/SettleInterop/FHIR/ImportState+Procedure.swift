import Foundation
import SettleCare

extension ImportState {
    /// A completed Procedure in Settle's coding as a treatment session.
    mutating func readProcedure(_ item: FHIRImporter.Located) {
        let resource = item.resource
        let status = resource["status"]?.string ?? ""
        guard status == "completed" else {
            return note(
                .skipped, item.label, "status \(status.isEmpty ? "missing" : status): only completed procedures are sessions")
        }
        let codings = resource["code"]?["coding"]?.elements ?? []
        func has(_ coding: FHIRCoding) -> Bool { codings.contains(where: coding.matches) }
        let ext = settleExtensions(
            item,
            known: [
                SettleExtension.needlingArm, SettleExtension.acupoint, SettleExtension.needleCount,
                SettleExtension.retentionMinutes, SettleExtension.electro, SettleExtension.deQi,
                SettleExtension.prescription, SettleExtension.minutes, SettleExtension.topic,
            ])
        let strings = { (name: String) in ext[name]?.compactMap(\.string) ?? [] }
        let minutes = ext[SettleExtension.minutes]?.first?.int
        let complications = (resource["complication"]?.elements ?? []).compactMap { $0["text"]?.string }
        var used: Set<String> = [
            "identifier", "status", "code", "subject", "performedDateTime", "performedPeriod",
            "performer", "extension", "note",
        ]
        let treatment: Treatment
        if has(SettleCode.acupuncture) || has(SettleCode.shamAcupuncture) {
            let arm =
                ext[SettleExtension.needlingArm]?.first?.string.flatMap(NeedlingArm.init(rawValue:))
                ?? (has(SettleCode.acupuncture) ? .verum : .sham)
            guard let needles = ext[SettleExtension.needleCount]?.first?.int else {
                return note(.unmapped, item.label, "acupuncture without a needle-count extension: not imported")
            }
            used.insert("complication")
            treatment = .acupuncture(
                AcupunctureDetails(
                    arm: arm, points: strings(SettleExtension.acupoint), needleCount: needles,
                    retentionMinutes: ext[SettleExtension.retentionMinutes]?.first?.int ?? 0,
                    electro: ext[SettleExtension.electro]?.first?.bool ?? false,
                    deQi: ext[SettleExtension.deQi]?.first?.bool ?? false, adverseEvents: complications))
        } else if has(SettleCode.exercise) || has(SettleCode.gradedExposure) {
            let prescription = strings(SettleExtension.prescription).first ?? resource["code"]?["text"]?.string ?? ""
            treatment = .exercise(
                ExerciseDetails(
                    kind: has(SettleCode.gradedExposure) ? .gradedExposure : .exercise, prescription: prescription,
                    minutes: minutes))
        } else if has(SettleCode.painEducation) {
            treatment = .education(EducationDetails(topics: strings(SettleExtension.topic), minutes: minutes))
        } else {
            let codes = codings.compactMap { $0["code"]?.string }.joined(separator: ", ")
            return note(.unmapped, item.label, "procedure code \(codes) is not a Settle session kind: not imported")
        }
        let performed = resource["performedDateTime"]?.string ?? resource["performedPeriod"]?["start"]?.string
        guard let performed, let day = FHIRTime.day(performed) else {
            return note(.unmapped, item.label, "no performed date (YYYY-MM-DD…): not imported")
        }
        guard let patientID = subject(item) else { return }
        let performers = resource["performer"]?.elements ?? []
        let clinician = performers.lazy.compactMap { Self.userID($0["actor"]) }.first
        if !performers.isEmpty, clinician == nil {
            note(.unmapped, item.label, "performer is not a Settle user: session imported without a clinician")
        }
        let session = TreatmentSession(
            id: recordID(resource), patientID: patientID, clinicianID: clinician, day: day, treatment: treatment,
            note: Self.noteText(resource))
        reportUnused(item, used: used)
        let problems = session.validate()
        guard problems.isEmpty else { return reportProblems(problems, item) }
        result.sessions.append(session)
    }

    /// Settle's graded-activity CarePlan as an activity plan.
    mutating func readCarePlan(_ item: FHIRImporter.Located) {
        let resource = item.resource
        let status = resource["status"]?.string ?? ""
        guard status == "active" || status == "unknown" else {
            return note(.skipped, item.label, "status \(status.isEmpty ? "missing" : status): only a plan in force is imported")
        }
        let ext = settleExtensions(
            item,
            known: [
                SettleExtension.weeklyQuota, SettleExtension.increasePercent, SettleExtension.everyDays,
                SettleExtension.holdOnFlare, SettleExtension.ceiling,
            ])
        guard let quota = ext[SettleExtension.weeklyQuota]?.first?.int else {
            return note(.unmapped, item.label, "CarePlan without Settle's weekly-quota-minutes extension: not imported")
        }
        guard let start = resource["period"]?["start"]?.string.flatMap(FHIRTime.day) else {
            return note(.unmapped, item.label, "CarePlan without period.start: not imported")
        }
        guard let patientID = subject(item) else { return }
        let rule = ProgressionRule(
            increasePercent: ext[SettleExtension.increasePercent]?.first?.double ?? 0,
            everyDays: ext[SettleExtension.everyDays]?.first?.int ?? 7,
            holdOnFlare: ext[SettleExtension.holdOnFlare]?.first?.bool ?? true,
            ceilingMinutes: ext[SettleExtension.ceiling]?.first?.int)
        let plan = ActivityPlan(
            id: recordID(resource), patientID: patientID, startDay: start, weeklyQuotaMinutes: quota, progression: rule,
            setBy: Self.userID(resource["author"]),
            setAt: resource["created"]?.string.flatMap(FHIRTime.date) ?? start.startDate, note: Self.noteText(resource))
        reportUnused(
            item,
            used: [
                "identifier", "status", "intent", "category", "title", "description", "subject", "period", "created",
                "author", "extension", "activity", "note",
            ])
        let problems = plan.validate()
        guard problems.isEmpty else { return reportProblems(problems, item) }
        result.plans.append(plan)
    }
}
