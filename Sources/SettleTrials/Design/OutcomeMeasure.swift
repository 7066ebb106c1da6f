/// A trial outcome, measured as the mean over the measurement window before each follow-up.
public enum OutcomeMeasure: String, Sendable, Codable, CaseIterable {
    /// Pain intensity (0–10 numeric rating; the model's daily pain).
    case pain
    /// Disability (RMDQ-like, 0–24).
    case disability
    /// Fear of movement (TSK-17-like, 17–68).
    case fearOfMovement

    /// Converts a raw score to the 0–100 scale used by meta-analyses:
    /// pain × 10; RMDQ / 24 × 100; (TSK − 17) / 51 × 100.
    public func toHundred(_ raw: Double) -> Double {
        switch self {
        case .pain: raw * 10
        case .disability: raw / 24 * 100
        case .fearOfMovement: (raw - 17) / 51 * 100
        }
    }

    /// Converts a difference of raw scores (e.g. a mean difference between arms) to the 0–100
    /// scale: only the scale's slope applies, the offset cancels.
    public func differenceToHundred(_ rawDifference: Double) -> Double {
        toHundred(rawDifference) - toHundred(0)
    }

    /// The raw scale, for display.
    public var unit: String {
        switch self {
        case .pain: "0–10"
        case .disability: "RMDQ 0–24"
        case .fearOfMovement: "TSK 17–68"
        }
    }
}
