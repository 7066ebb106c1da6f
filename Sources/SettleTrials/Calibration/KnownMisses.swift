/// Verified targets the current model and fit do not reach at the test cohort size (400 people
/// per design, seed 20240601). The test suite asserts every other verified target;
/// docs/CALIBRATION.md says by how much these miss and why.
public enum KnownMisses {
    /// Target ids (see `CalibrationTarget.all`).
    public static let ids: Set<String> = [
        "macpherson2017-persistence-vs-none",
        "henschke2008-recovery",
    ]
}
