import Foundation

/// What a user may do in the clinic.
public enum UserRole: String, Codable, Hashable, Sendable, CaseIterable {
    /// Manages accounts and sees everything.
    case admin
    /// Sees and treats the patients assigned to them.
    case clinician
    /// Sees their own record only (linked through ``UserAccount/patientID``).
    case patient
}

/// A login account.
public struct UserAccount: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the user.
    public var id: UUID
    /// Login e-mail, stored lower-cased; unique across accounts (3–254 characters, contains `@`).
    public var email: String
    /// Name shown in the interface (1–200 characters).
    public var displayName: String
    /// The user's role.
    public var role: UserRole
    /// Password hash (e.g. bcrypt) — never the password itself; empty for accounts that cannot log in.
    public var passwordHash: String
    /// For a patient account, the patient it belongs to; nil for every other role.
    public var patientID: UUID?
    /// When the account was created.
    public var createdAt: Date
    /// True when the account may no longer log in.
    public var disabled: Bool

    public init(
        id: UUID = UUID(), email: String, displayName: String, role: UserRole, passwordHash: String,
        patientID: UUID? = nil, createdAt: Date, disabled: Bool = false
    ) {
        self.id = id
        self.email = UserAccount.normalizedEmail(email)
        self.displayName = displayName
        self.role = role
        self.passwordHash = passwordHash
        self.patientID = patientID
        self.createdAt = createdAt
        self.disabled = disabled
    }

    /// The form in which e-mails are stored and looked up: trimmed and lower-cased.
    public static func normalizedEmail(_ email: String) -> String {
        String(email.trimmingCharactersInWhitespace()).lowercased()
    }

    public func validate() -> [RecordProblem] {
        var problems: [RecordProblem] = []
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        if email.count < 3 || email.count > 254 || parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty
            || email.contains(where: \.isWhitespace)
        {
            problems.append(RecordProblem(field: "email", message: "must look like name@example.org, got '\(email)'"))
        }
        problems += Check.text(displayName, "displayName", required: true, maxLength: 200)
        problems += Check.text(passwordHash, "passwordHash", maxLength: 1000)
        switch (role, patientID) {
        case (.patient, nil):
            problems.append(RecordProblem(field: "patientID", message: "a patient account must be linked to a patient"))
        case (.admin, .some), (.clinician, .some):
            problems.append(RecordProblem(field: "patientID", message: "only patient accounts are linked to a patient"))
        default: break
        }
        return problems
    }
}
