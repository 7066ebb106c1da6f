import Foundation

/// A one-time, expiring invitation to create an account with a given role.
/// The invite link holds a random code; only its hash is stored.
public struct Invite: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the invite.
    public var id: UUID
    /// SHA-256 of the invite code.
    public var codeHash: TokenHash
    /// The address the invite was sent to (lower-cased); the new account uses it.
    public var email: String
    /// Role of the account to be created.
    public var role: UserRole
    /// For a patient invite, the patient the account will be linked to.
    public var patientID: UUID?
    /// The user who created the invite.
    public var createdBy: UUID
    /// When the invite was created.
    public var createdAt: Date
    /// After this moment the invite can no longer be redeemed.
    public var expiresAt: Date
    /// When it was redeemed; nil while still open.
    public var redeemedAt: Date?
    /// The account created from it; nil while still open.
    public var redeemedBy: UUID?

    public init(
        id: UUID = UUID(), codeHash: TokenHash, email: String, role: UserRole, patientID: UUID? = nil,
        createdBy: UUID, createdAt: Date, expiresAt: Date, redeemedAt: Date? = nil, redeemedBy: UUID? = nil
    ) {
        self.id = id
        self.codeHash = codeHash
        self.email = UserAccount.normalizedEmail(email)
        self.role = role
        self.patientID = patientID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.redeemedAt = redeemedAt
        self.redeemedBy = redeemedBy
    }

    /// True when the invite can still be redeemed at `now`.
    public func isOpen(at now: Date) -> Bool { redeemedAt == nil && now < expiresAt }

    public func validate() -> [RecordProblem] {
        var problems = codeHash.validate(field: "codeHash")
        if !email.contains("@") || email.count > 254 {
            problems.append(RecordProblem(field: "email", message: "must look like name@example.org, got '\(email)'"))
        }
        if expiresAt <= createdAt {
            problems.append(RecordProblem(field: "expiresAt", message: "must be later than createdAt"))
        }
        if role == .patient && patientID == nil {
            problems.append(RecordProblem(field: "patientID", message: "a patient invite must name the patient"))
        }
        if role != .patient && patientID != nil {
            problems.append(RecordProblem(field: "patientID", message: "only patient invites name a patient"))
        }
        return problems
    }
}
