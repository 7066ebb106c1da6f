/// Namespace marker for the `SettleCare` module.
public enum SettleCareModule {
    /// The module's name, for diagnostics.
    public static let name = "SettleCare"
}
