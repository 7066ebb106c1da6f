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
    /// Whether ``signedIn`` was read from the database on this request (false when it came from
    /// the instance's ``SessionCache``, which ``SessionAccountMiddleware`` then re-reads or, on a
    /// route that checks the session in its write, turns into that check). Not stored.
    public var isVerified: Bool

    public init(userID: UUID, csrfToken: String, signedIn: SignedInSession? = nil, isVerified: Bool = true) {
        self.userID = userID
        self.csrfToken = csrfToken
        self.signedIn = signedIn
        self.isVerified = isVerified
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            userID: try container.decode(UUID.self, forKey: .userID),
            csrfToken: try container.decode(String.self, forKey: .csrfToken))
    }

    private enum CodingKeys: String, CodingKey {
        case userID, csrfToken
    }
}
