import Foundation
import SettleStore

/// What the server keeps for a signed-in browser session (stored in the database, keyed by
/// the SHA-256 of the cookie's token).
public struct WebSession: Codable, Sendable, Equatable {
    /// The signed-in account.
    public var userID: UUID
    /// The per-session token every form must echo back.
    public var csrfToken: String
    /// The account (and a patient account's own record) read together with the session on this
    /// request, so pages need no second read; not stored, nil for a session created in this request.
    public var signedIn: SignedInSession?

    public init(userID: UUID, csrfToken: String, signedIn: SignedInSession? = nil) {
        self.userID = userID
        self.csrfToken = csrfToken
        self.signedIn = signedIn
    }

    private enum CodingKeys: String, CodingKey {
        case userID, csrfToken
    }
}
