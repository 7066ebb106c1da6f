import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare
import SettleStore

/// Signs in the browser session's account: sets the request's identity (unless the account is
/// disabled) and a patient account's own record, both read with the session by
/// ``StoreSessionDriver`` — or read here when the session carries none.
///
/// A session the driver took from the instance's ``SessionCache`` (unread) is read again here,
/// unless the group's routes check the session inside their write (`cachedSessions` =
/// ``CachedSessions/checkedInWrite``): then the cached account is the identity and the request
/// carries ``SettleRequestContext/sessionCheck`` for the write.
struct SessionAccountMiddleware: RouterMiddleware {
    typealias Context = SettleRequestContext

    /// What to do with a session that came from the cache.
    enum CachedSessions: Sendable {
        /// Read it again from the store (every route that reads or shows data).
        case reread
        /// Use the cached account and hand the route the session check for its write. Only for
        /// routes whose single store call is a write batch that starts with that check.
        case checkedInWrite
    }

    let store: any ClinicStore
    let cache: SessionCache
    let cachedSessions: CachedSessions

    func handle(
        _ request: Request, context: SettleRequestContext,
        next: (Request, SettleRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let session = context.sessions.session else { return try await next(request, context) }
        var context = context
        guard var signedIn = session.signedIn else {
            // A session created on this request (sign-in): only its user id is known.
            if let account = try await store.user(id: session.userID), !account.disabled { context.identity = account }
            return try await next(request, context)
        }
        if !session.isVerified {
            switch cachedSessions {
            case .reread:
                guard let read = try await Self.reread(signedIn.session.tokenHash, store: store, cache: cache) else {
                    return try await next(request, context)
                }
                signedIn = read
            case .checkedInWrite:
                context.sessionCheck = .requireSession(
                    tokenHash: signedIn.session.tokenHash, account: signedIn.account, now: Date())
            }
        }
        context.adopt(signedIn, as: session.userID)
        return try await next(request, context)
    }

    /// The session with this hash read from the store now (kept in `cache`), or nil when it has
    /// ended (then dropped from `cache`).
    static func reread(_ hash: TokenHash, store: any ClinicStore, cache: SessionCache) async throws(StoreError)
        -> SignedInSession?
    {
        guard let signedIn = try await store.signedIn(tokenHash: hash, now: Date()) else {
            cache.forget(hash)
            return nil
        }
        cache.remember(signedIn)
        return signedIn
    }
}
