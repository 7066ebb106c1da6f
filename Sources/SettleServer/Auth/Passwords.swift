import Foundation
import HummingbirdBcrypt

/// bcrypt hashing off the request's hot path.
enum Passwords {
    /// A bcrypt hash of `password` at work factor `cost` (4–31; 12 in production).
    static func hash(_ password: String, cost: Int) async -> String {
        let clamped = UInt8(min(max(cost, 4), 31))
        return await Task.detached { Bcrypt.hash(password, cost: clamped) }.value
    }

    /// Whether `password` matches `hash`; false for an empty or malformed hash.
    static func verify(_ password: String, hash: String) async -> Bool {
        guard hash.hasPrefix("$2") else { return false }
        return await Task.detached { Bcrypt.verify(password, hash: hash) }.value
    }

    /// A hash to verify against when the account does not exist, so that response time does
    /// not reveal which e-mails have accounts.
    static let decoy = Bcrypt.hash("settle-decoy-password", cost: 10)

    /// Problems with a new password, or nil when acceptable (at least 10 characters, at most 200).
    static func problem(with password: String) -> String? {
        if password.count < 10 { return "Password must be at least 10 characters." }
        if password.count > 200 { return "Password must be at most 200 characters." }
        return nil
    }
}
