/// A published source for a scoring rule, band, threshold or licence statement.
///
/// `verified` is `true` only when the fact was checked against the manual or the
/// original paper (or a faithful copy of it); otherwise `note` says what is unconfirmed.
public struct Citation: Codable, Sendable, Hashable {
    /// Short reference, e.g. "Fairbank & Pynsent 2000, Spine 25:2940".
    public var reference: String
    /// Whether the fact was confirmed against the manual or original paper.
    public var verified: Bool
    /// What remains unconfirmed, or how the fact was checked.
    public var note: String?

    /// Creates a citation.
    public init(_ reference: String, verified: Bool = true, note: String? = nil) {
        self.reference = reference
        self.verified = verified
        self.note = note
    }
}
