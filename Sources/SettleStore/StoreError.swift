import SettleCare

/// Why a store operation failed. Every case says what to fix and where.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The record named does not exist, e.g. `notFound(entity: "patient", id: "…")`.
    case notFound(entity: String, id: String)
    /// The write clashes with stored data: `field` is the unique or state field, e.g. `"email"`
    /// (already used) or `"invite.redeemedAt"` (already redeemed).
    case conflict(field: String, detail: String)
    /// The records failed validation; field paths name the write and field, e.g. `"writes[2].pain"`.
    /// Nothing was written.
    case invalid([RecordProblem])
    /// The database could not be reached or failed; `detail` carries the driver's message.
    case unavailable(String)
    /// A ``StoreWrite/requireSession(tokenHash:account:now:)`` found the session ended (signed
    /// out, expired or unknown) or its account disabled or changed in role or patient link.
    /// Nothing was written; the user must sign in again.
    case sessionEnded

    public var description: String {
        switch self {
        case .notFound(let entity, let id): return "no \(entity) with id \(id)"
        case .conflict(let field, let detail): return "conflict on \(field): \(detail)"
        case .invalid(let problems):
            return "invalid input: " + problems.map(\.description).joined(separator: "; ")
        case .unavailable(let detail): return "database unavailable: \(detail)"
        case .sessionEnded: return "the session has ended or its account changed; sign in again"
        }
    }
}
