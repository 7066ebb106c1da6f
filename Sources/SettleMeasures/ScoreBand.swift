/// An interpretation band of a scale, e.g. PHQ-9 "moderate" 10–14.
///
/// A band starts at `from` and runs up to (not including) the next band's `from`;
/// `through` is the highest whole score the source lists for it and is for display.
/// Fractional scores (means, prorated sums) fall in the band whose `from` they reached.
public struct ScoreBand: Codable, Sendable, Hashable {
    /// Label as the source gives it.
    public var label: String
    /// Lowest score in the band, in the scale's units.
    public var from: Double
    /// Highest score the source lists for the band, in the scale's units.
    public var through: Double

    /// Creates a band.
    public init(_ label: String, from: Double, through: Double) {
        self.label = label
        self.from = from
        self.through = through
    }
}

extension Array where Element == ScoreBand {
    /// The index of the band holding `value`, or `nil` when there are no bands
    /// or the value lies below the first band.
    public func index(holding value: Double) -> Int? {
        var found: Int?
        for (index, band) in enumerated() where value >= band.from {
            found = index
        }
        return found
    }
}
