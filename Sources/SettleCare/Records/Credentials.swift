import Foundation

/// The hex-encoded SHA-256 hash of a secret token (session cookie, API token, invite code).
/// Only hashes are stored; the token itself is shown to its owner once and never kept.
/// `SettleStore` computes it with `TokenHash(hashing:)`.
public struct TokenHash: Codable, Hashable, Sendable, CustomStringConvertible {
    /// 64 lower-case hex digits.
    public let hex: String

    /// Wraps an already computed hash (64 hex digits, lower-cased on the way in).
    public init(hex: String) {
        self.hex = hex.lowercased()
    }

    public var description: String { hex }

    public init(from decoder: any Decoder) throws {
        self.init(hex: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    /// Problems with the hash's form (must be 64 hex digits).
    func validate(field: String) -> [RecordProblem] {
        guard hex.count == 64, hex.allSatisfy(\.isHexDigit) else {
            return [RecordProblem(field: field, message: "must be a SHA-256 hash of 64 hex digits")]
        }
        return []
    }
}

/// A logged-in browser session. The cookie holds a random token; only its hash is stored.
public struct AuthSession: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the session.
    public var id: UUID
    /// SHA-256 of the session token.
    public var tokenHash: TokenHash
    /// The user logged in.
    public var userID: UUID
    /// When the session started.
    public var createdAt: Date
    /// After this moment the session is no longer valid.
    public var expiresAt: Date

    public init(id: UUID = UUID(), tokenHash: TokenHash, userID: UUID, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.tokenHash = tokenHash
        self.userID = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    public func validate() -> [RecordProblem] {
        var problems = tokenHash.validate(field: "tokenHash")
        if expiresAt <= createdAt {
            problems.append(RecordProblem(field: "expiresAt", message: "must be later than createdAt"))
        }
        return problems
    }
}

/// A long-lived token for the JSON API, owned by a user. Only its hash is stored.
public struct APIToken: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the token.
    public var id: UUID
    /// SHA-256 of the token.
    public var tokenHash: TokenHash
    /// The user the token acts for.
    public var userID: UUID
    /// A label chosen by the user, e.g. `"research export"` (1–100 characters).
    public var name: String
    /// When the token was created.
    public var createdAt: Date
    /// After this moment the token is refused; nil for no expiry.
    public var expiresAt: Date?
    /// True once the token was revoked.
    public var revoked: Bool

    public init(
        id: UUID = UUID(), tokenHash: TokenHash, userID: UUID, name: String, createdAt: Date,
        expiresAt: Date? = nil, revoked: Bool = false
    ) {
        self.id = id
        self.tokenHash = tokenHash
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revoked = revoked
    }

    public func validate() -> [RecordProblem] {
        var problems = tokenHash.validate(field: "tokenHash") + Check.text(name, "name", required: true, maxLength: 100)
        if let expiresAt, expiresAt <= createdAt {
            problems.append(RecordProblem(field: "expiresAt", message: "must be later than createdAt"))
        }
        return problems
    }
}
