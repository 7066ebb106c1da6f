import Foundation

/// What the server keeps for a signed-in browser session (stored in the database, keyed by
/// the SHA-256 of the cookie's token).
public struct WebSession: Codable, Sendable, Equatable {
    /// The signed-in account.
    public var userID: UUID
    /// The per-session token every form must echo back.
    public var csrfToken: String

    public init(userID: UUID, csrfToken: String) {
        self.userID = userID
        self.csrfToken = csrfToken
    }
}
