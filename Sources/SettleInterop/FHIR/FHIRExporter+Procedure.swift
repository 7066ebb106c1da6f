import Foundation
import SettleCare

extension FHIRExporter {
    /// One treatment session as a Procedure with status `completed` (a logged session is one
    /// that was given). Verum acupuncture is SNOMED CT 44868003; sham needling, exercise,
    /// graded exposure and education carry Settle codes. Details the care engine uses are
    /// Settle extensions; adverse events are `complication`s.
    func procedure(_ session: TreatmentSession, patientID: UUID) -> JSONValue {
        var extensions: [JSONValue] = []
        var complications: [JSONValue] = []
        let code: JSONValue
        switch session.treatment {
        case .acupuncture(let details):
            code =
                details.arm == .verum
                ? Self.concept([SettleCode.acupuncture], text: "Acupuncture")
                : Self.concept([SettleCode.shamAcupuncture], text: "Sham acupuncture (placebo control)")
            extensions.append(Self.ext(SettleExtension.needlingArm, "valueCode", .string(details.arm.rawValue)))
            extensions += details.points.map { Self.ext(SettleExtension.acupoint, "valueString", .string($0)) }
            extensions.append(Self.ext(SettleExtension.needleCount, "valueInteger", .integer(details.needleCount)))
            extensions.append(
                Self.ext(SettleExtension.retentionMinutes, "valueInteger", .integer(details.retentionMinutes)))
            extensions.append(Self.ext(SettleExtension.electro, "valueBoolean", .bool(details.electro)))
            extensions.append(Self.ext(SettleExtension.deQi, "valueBoolean", .bool(details.deQi)))
            complications = details.adverseEvents.map { ["text": .string($0)] }
        case .exercise(let details):
            let coding = details.kind == .gradedExposure ? SettleCode.gradedExposure : SettleCode.exercise
            code = Self.concept([coding], text: coding.display ?? coding.code)
            extensions.append(Self.ext(SettleExtension.prescription, "valueString", .string(details.prescription)))
            if let minutes = details.minutes {
                extensions.append(Self.ext(SettleExtension.minutes, "valueInteger", .integer(minutes)))
            }
        case .education(let details):
            code = Self.concept([SettleCode.painEducation], text: "Pain education")
            extensions += details.topics.map { Self.ext(SettleExtension.topic, "valueString", .string($0)) }
            if let minutes = details.minutes {
                extensions.append(Self.ext(SettleExtension.minutes, "valueInteger", .integer(minutes)))
            }
        }
        var resource: [String: JSONValue] = [
            "resourceType": "Procedure",
            "id": .string(Self.id(session.id)),
            "identifier": [Self.identifier(session.id)],
            "status": "completed",
            "code": code,
            "subject": Self.reference(patientID),
            "performedDateTime": .string(session.day.iso),
            "extension": .array(extensions),
        ]
        if let clinician = session.clinicianID { resource["performer"] = [["actor": Self.userReference(clinician)]] }
        if !complications.isEmpty { resource["complication"] = .array(complications) }
        if let note = Self.notes(session.note) { resource["note"] = note }
        return .object(resource)
    }

    /// The activity plan as a CarePlan (intent `plan`). Status `active` because the record holds
    /// the plan in force; `unknown` when the patient is archived. The activity's own status is
    /// `unknown`: the plan record does not track adherence (the diary does).
    func carePlan(_ plan: ActivityPlan, archived: Bool) -> JSONValue {
        let rule = plan.progression
        var extensions: [JSONValue] = [
            Self.ext(SettleExtension.weeklyQuota, "valueInteger", .integer(plan.weeklyQuotaMinutes)),
            Self.ext(SettleExtension.increasePercent, "valueDecimal", .number(rule.increasePercent)),
            Self.ext(SettleExtension.everyDays, "valueInteger", .integer(rule.everyDays)),
            Self.ext(SettleExtension.holdOnFlare, "valueBoolean", .bool(rule.holdOnFlare)),
        ]
        if let ceiling = rule.ceilingMinutes {
            extensions.append(Self.ext(SettleExtension.ceiling, "valueInteger", .integer(ceiling)))
        }
        let summary = PlanWording.summary(plan)
        var resource: [String: JSONValue] = [
            "resourceType": "CarePlan",
            "id": .string(Self.id(plan.id)),
            "identifier": [Self.identifier(plan.id)],
            "status": archived ? "unknown" : "active",
            "intent": "plan",
            "category": [Self.concept([SettleCode.gradedActivityPlan], text: "Graded activity plan")],
            "title": "Graded activity plan",
            "description": .string(summary),
            "subject": Self.reference(plan.patientID),
            "period": ["start": .string(plan.startDay.iso)],
            "created": .string(FHIRTime.instant(plan.setAt)),
            "extension": .array(extensions),
            "activity": [
                [
                    "detail": [
                        "code": Self.concept([SettleCode.gradedActivityPlan], text: "Graded activity, by quota"),
                        "status": "unknown",
                        "description": .string(summary),
                    ]
                ]
            ],
        ]
        if let author = plan.setBy { resource["author"] = Self.userReference(author) }
        if let note = Self.notes(plan.note) { resource["note"] = note }
        return .object(resource)
    }
}

/// Plain-words description of an activity plan, shared by the FHIR export and the reports.
public enum PlanWording {
    /// E.g. "150 minutes of activity a week, raised by 10 % every 7 days (held on flare-up days), up to 300 minutes."
    public static func summary(_ plan: ActivityPlan) -> String {
        let rule = plan.progression
        var text = "\(plan.weeklyQuotaMinutes) minutes of activity a week"
        if rule.increasePercent > 0 {
            text += ", raised by \(number(rule.increasePercent)) % every \(rule.everyDays) day\(rule.everyDays == 1 ? "" : "s")"
            text += rule.holdOnFlare ? " (held on flare-up days)" : ""
            if let ceiling = rule.ceilingMinutes { text += ", up to \(ceiling) minutes" }
        } else {
            text += ", held steady"
        }
        return text + ", from \(plan.startDay.iso)."
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
