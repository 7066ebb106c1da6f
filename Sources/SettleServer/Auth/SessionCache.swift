import Foundation
import SettleCare
import SettleStore
import Synchronization

/// The sessions this server instance has read, by token hash: who is signed in with which cookie.
///
/// Lets a route whose write can carry the check itself skip reading the session: it takes the
/// account from here and puts ``StoreWrite/requireSession(tokenHash:account:now:)`` first in its
/// batch, which the database evaluates in the same statement (a session ended on any instance, or
/// an account disabled or changed, writes nothing). Every other route still reads the session on
/// each request (``SessionAccountMiddleware``): a cached entry is never trusted on its own.
///
/// Filled by ``StoreSessionDriver`` on each read; an entry goes when its session is signed out or
/// replaced on this instance, when a read finds it gone, and when it expires. At most `capacity`
/// entries (about 1 kB each); when full, the entries that expire first are dropped.
public final class SessionCache: Sendable {
    /// Largest number of sessions kept (1…1,000,000).
    public let capacity: Int
    private let entries = Mutex<[TokenHash: SignedInSession]>([:])

    public init(capacity: Int = 20_000) {
        self.capacity = max(1, min(1_000_000, capacity))
    }

    /// The cached session with this hash if it has not expired at `now` and its account (as last
    /// read) is enabled; nil otherwise.
    public func signedIn(_ hash: TokenHash, now: Date) -> SignedInSession? {
        entries.withLock { entries in
            guard let entry = entries[hash] else { return nil }
            guard entry.session.expiresAt > now else {
                entries[hash] = nil
                return nil
            }
            return entry.account.disabled ? nil : entry
        }
    }

    /// Keeps `signedIn`, just read from the store.
    public func remember(_ signedIn: SignedInSession) {
        entries.withLock { entries in
            if entries.count >= capacity, entries[signedIn.session.tokenHash] == nil {
                let keep = capacity * 3 / 4
                let soonest = entries.values.map(\.session.expiresAt).sorted()
                let cutoff = soonest[soonest.count - keep - 1]
                entries = entries.filter { $0.value.session.expiresAt > cutoff }
            }
            entries[signedIn.session.tokenHash] = signedIn
        }
    }

    /// Drops the session with this hash (signed out, replaced, or found gone).
    public func forget(_ hash: TokenHash) {
        _ = entries.withLock { $0.removeValue(forKey: hash) }
    }

    /// Number of sessions kept.
    public var count: Int { entries.withLock { $0.count } }
}
