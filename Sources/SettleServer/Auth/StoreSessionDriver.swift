import Foundation
import Hummingbird
import SettleCare
import SettleStore

/// The hummingbird-auth session storage, kept in the clinic database.
///
/// `SessionMiddleware` hands this driver the session key (the cookie's random token plus a
/// prefix); only its SHA-256 is stored (`AuthSession.tokenHash`), so a copy of the database
/// does not let anyone sign in. Several app instances sharing one PostgreSQL share sessions.
/// The only session payload is the user id; the CSRF token is derived from the cookie token.
/// Reading a session also reads its account and a patient account's own record (one query).
/// A session already in `cache` is returned from it unread, marked unverified
/// (``WebSession/isVerified``): ``SessionAccountMiddleware`` decides whether to read it again.
public struct StoreSessionDriver: PersistDriver {
    let store: any ClinicStore
    /// The sessions this instance has read (see ``SessionCache``).
    let cache: SessionCache
    /// Session lifetime when the middleware gives none.
    let defaultLifetime: Duration

    public init(store: any ClinicStore, cache: SessionCache, defaultLifetime: Duration = .seconds(12 * 60 * 60)) {
        self.store = store
        self.cache = cache
        self.defaultLifetime = defaultLifetime
    }

    /// Nothing runs in the background: expired sessions are purged at sign-in.
    public func run() async throws {}

    public func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try await store.validSession(tokenHash: TokenHash(hashing: key), now: Date()) == nil else {
            throw PersistError.duplicate
        }
        try await set(key: key, value: value, expires: expires)
    }

    public func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard let session = value as? WebSession else { throw PersistError.invalidConversion }
        let now = Date()
        let lifetime = expires ?? defaultLifetime
        let hash = TokenHash(hashing: key)
        let record = AuthSession(
            tokenHash: hash, userID: session.userID, createdAt: now,
            expiresAt: now.addingTimeInterval(Double(lifetime.components.seconds)))
        cache.forget(hash)
        try await store.apply([.deleteSession(tokenHash: hash), .createSession(record)])
    }

    public func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        guard type == WebSession.self else { throw PersistError.invalidConversion }
        let hash = TokenHash(hashing: key)
        let csrf = Secrets.csrfToken(forSessionToken: key)
        if let cached = cache.signedIn(hash, now: Date()) {
            return WebSession(userID: cached.session.userID, csrfToken: csrf, signedIn: cached, isVerified: false) as? Object
        }
        guard let signedIn = try await store.signedIn(tokenHash: hash, now: Date()) else { return nil }
        cache.remember(signedIn)
        return WebSession(userID: signedIn.session.userID, csrfToken: csrf, signedIn: signedIn) as? Object
    }

    public func remove(key: String) async throws {
        let hash = TokenHash(hashing: key)
        cache.forget(hash)
        try await store.deleteSession(tokenHash: hash)
    }
}
