import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare
import SettleStore

/// The request context: core storage, the signed-in user (if any) and the browser session.
public struct SettleRequestContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The account, set by the session or bearer-token authenticator.
    public var identity: SignedInUser?
    /// A signed-in patient's own record, when it was read with the session (see
    /// ``SessionAccountMiddleware``); routes still check access through ``AccessPolicy``.
    public var ownPatient: Patient?
    /// Set when ``identity`` came unread from the instance's ``SessionCache`` (only on routes
    /// registered for it, see ``SessionAccountMiddleware/CachedSessions/checkedInWrite``): the
    /// request's write must start with this check (``ClinicEnvironment/apply(_:checking:)``),
    /// and anything read before it must first read the session (``ClinicEnvironment/verified(_:)``).
    public var sessionCheck: StoreWrite?
    /// The server-side browser session (hummingbird-auth), stored through ``StoreSessionDriver``.
    public let sessions: SessionContext<WebSession>
    /// The client address, for login rate limiting.
    public let remoteAddress: String

    public init(source: Source) {
        coreContext = .init(source: source)
        identity = nil
        ownPatient = nil
        sessionCheck = nil
        sessions = .init()
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Signs in `signedIn`'s account (and a patient account's own record) on this request, unless
    /// the account is disabled or is not `userID`'s.
    mutating func adopt(_ signedIn: SignedInSession, as userID: UUID) {
        guard signedIn.account.id == userID, !signedIn.account.disabled else { return }
        identity = signedIn.account
        ownPatient = signedIn.patient
    }

    /// The signed-in user, or `401`.
    public func requireUser() throws -> SignedInUser {
        guard let identity else { throw HTTPError(.unauthorized, message: "Sign in first.") }
        return identity
    }
}
