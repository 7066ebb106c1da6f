import Foundation

/// One login attempt, kept for rate limiting across app instances.
public struct LoginAttempt: Codable, Equatable, Hashable, Sendable, ValidatableRecord {
    /// What is being limited, e.g. the lower-cased e-mail or `"ip:203.0.113.9"` (1–300 characters).
    public var key: String
    /// When the attempt was made.
    public var at: Date
    /// True when the password was accepted.
    public var succeeded: Bool

    public init(key: String, at: Date, succeeded: Bool) {
        self.key = key
        self.at = at
        self.succeeded = succeeded
    }

    public func validate() -> [RecordProblem] {
        Check.text(key, "key", required: true, maxLength: 300)
    }
}
