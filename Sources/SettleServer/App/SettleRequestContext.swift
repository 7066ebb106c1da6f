import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare

/// The request context: core storage, the signed-in user (if any) and the browser session.
public struct SettleRequestContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The account, set by the session or bearer-token authenticator.
    public var identity: SignedInUser?
    /// A signed-in patient's own record, when it was read with the session (see
    /// ``SessionAccountMiddleware``); routes still check access through ``AccessPolicy``.
    public var ownPatient: Patient?
    /// The server-side browser session (hummingbird-auth), stored through ``StoreSessionDriver``.
    public let sessions: SessionContext<WebSession>
    /// The client address, for login rate limiting.
    public let remoteAddress: String

    public init(source: Source) {
        coreContext = .init(source: source)
        identity = nil
        ownPatient = nil
        sessions = .init()
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The signed-in user, or `401`.
    public func requireUser() throws -> SignedInUser {
        guard let identity else { throw HTTPError(.unauthorized, message: "Sign in first.") }
        return identity
    }
}
