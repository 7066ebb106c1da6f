import SettleCare

/// An inclusive range of UTC days; either end may be open.
public struct DayRange: Sendable, Hashable, CustomStringConvertible {
    /// First day included; nil for no lower limit.
    public var from: Day?
    /// Last day included; nil for no upper limit.
    public var through: Day?

    public init(from: Day? = nil, through: Day? = nil) {
        self.from = from
        self.through = through
    }

    /// Every day.
    public static let all = DayRange()

    /// True when `day` lies in the range.
    public func contains(_ day: Day) -> Bool {
        if let from, day < from { return false }
        if let through, day > through { return false }
        return true
    }

    /// True when the range is empty because `from` is after `through`.
    public var isReversed: Bool {
        guard let from, let through else { return false }
        return from > through
    }

    public var description: String { "\(from?.iso ?? "start")…\(through?.iso ?? "end")" }
}
