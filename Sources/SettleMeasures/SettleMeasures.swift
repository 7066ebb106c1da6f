/// Namespace marker for the `SettleMeasures` module.
public enum SettleMeasuresModule {
    /// The module's name, for diagnostics.
    public static let name = "SettleMeasures"
}
