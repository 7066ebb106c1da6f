/// Definitions shared by everything that talks about the needling *window of opportunity*.
public enum CareWindow {
    /// A window is open while needling lowers the amplification (effective gain above 1) by
    /// at least this fraction (0.10 = 10 %).
    public static let openThreshold = 0.10
}
