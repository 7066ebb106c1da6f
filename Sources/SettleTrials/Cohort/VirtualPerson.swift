import SettleModel

/// One simulated person before the run-in: individual parameters, person-level sleep and
/// stress, an optional onset injury, and the state after the deterministic burn-in.
public struct VirtualPerson: Sendable, Equatable {
    /// Individual model parameters (each inside its catalogued range).
    public var parameters: Parameters
    /// Latent state at the start of the run-in.
    public var start: ModelState
    /// Person's usual sleep quality (0–10).
    public var sleep: Double
    /// Person's usual stress (0–10).
    public var stress: Double
    /// Injury on the first run-in day (nociceptive a.u., ≥ 0).
    public var onsetInjury: Double
    /// The shared vulnerability factor (standard normal).
    public var vulnerability: Double
}
