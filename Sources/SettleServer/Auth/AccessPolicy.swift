import Foundation
import Hummingbird
import SettleCare
import SettleStore

/// Who may see or change a patient's record.
///
/// - admin: sees every patient; changes accounts, not clinical records
/// - clinician: sees and changes only patients assigned to them
/// - patient: sees only their own record; may add their own diary entries
enum AccessPolicy {
    enum Action: Sendable { case view, treat, addDiary }

    static func allows(_ user: SignedInUser, _ action: Action, _ patient: Patient) -> Bool {
        guard !user.disabled else { return false }
        switch (user.role, action) {
        case (.admin, .view): return true
        case (.admin, _): return false
        case (.clinician, _): return patient.clinicianID == user.id
        case (.patient, .view), (.patient, .addDiary): return user.patientID == patient.id
        case (.patient, .treat): return false
        }
    }

    /// Loads the patient named by the path parameter if `user` may do `action`;
    /// `404` for a malformed or unknown id, `403` when the patient belongs to someone else.
    /// `preloaded`: that patient's record if already read on this request (used when the id
    /// matches; access is checked all the same).
    static func patient(
        _ idText: String?, for user: SignedInUser, _ action: Action, store: any ClinicStore, preloaded: Patient? = nil
    ) async throws -> Patient {
        guard let idText, let id = UUID(uuidString: idText) else {
            throw HTTPError(.notFound, message: "No patient with id “\(idText ?? "")”.")
        }
        let stored: Patient?
        if let preloaded, preloaded.id == id { stored = preloaded } else { stored = try await store.patient(id: id) }
        guard let patient = stored else {
            throw HTTPError(.notFound, message: "No patient with id \(id.uuidString.lowercased()).")
        }
        guard allows(user, action, patient) else {
            throw HTTPError(.forbidden, message: "You do not have access to this patient.")
        }
        return patient
    }

    /// Throws `403` unless the user has one of `roles`.
    static func require(_ user: SignedInUser, roles: Set<UserRole>) throws {
        guard roles.contains(user.role) else {
            throw HTTPError(
                .forbidden, message: "This page is for \(roles.map(\.label).sorted().joined(separator: " or ")) accounts.")
        }
    }

    /// The patients the user may see, ordered by name.
    static func visiblePatients(for user: SignedInUser, store: any ClinicStore) async throws -> [Patient] {
        switch user.role {
        case .admin: return try await store.allPatients(includeArchived: false)
        case .clinician: return try await store.patients(clinicianID: user.id, includeArchived: false)
        case .patient:
            guard let id = user.patientID, let patient = try await store.patient(id: id) else { return [] }
            return [patient]
        }
    }
}
