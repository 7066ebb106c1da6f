/// The latent state of one person on one day (after that day's step).
public struct ModelState: Sendable, Equatable, Hashable, Codable {
    /// Nociceptive drive from injury, flares and overload, above the resting floor (a.u., ≥ 0).
    public var nociception: Double
    /// Central sensitivity G (0–1); effective gain is 1 + gainMax × G.
    public var sensitivity: Double
    /// Threat / harm expectancy T (0–1).
    public var threat: Double
    /// Muscle guarding U (0–1).
    public var guarding: Double
    /// Capacity (fitness) C (load units).
    public var capacity: Double
    /// Fatigue F (load units).
    public var fatigue: Double
    /// Specific needling trace A (0–1).
    public var needling: Double
    /// Non-specific expectation trace X (0–1), shared by verum and sham sessions.
    public var expectation: Double
    /// Understanding of pain K (0–1), built by education.
    public var understanding: Double
    /// The pain the person has come to expect as usual (0–10).
    public var usualPain: Double
    /// Yesterday's felt pain (0–10): what the person anticipates today.
    public var lastPain: Double
    /// Safety memory S (0–1): an inhibitory (extinction) memory built when exposure hurts less
    /// than expected; it inhibits the expression of threat and fades over years.
    public var safety: Double
    /// Exercise-training trace Z (0–1): built by the sessions of a structured exercise
    /// programme, it lowers the drive to sensitivity and fades over weeks.
    public var training: Double
    /// Learned relief Y (0–1): an expectation of less pain conditioned by relief experienced
    /// during care contacts; it lowers felt pain by x_Y × Y and the gain drive by w_Y × Y, and fades
    /// with τ_Y (years). It stays 0 unless `reliefConditioning` > 0.
    public var learnedRelief: Double
    /// Autocorrelated day-to-day noise carried to the next day (points).
    public var noise: Double
    /// Flare self-excitation (added daily flare probability).
    public var flareExcitation: Double

    /// Creates a state from explicit values.
    public init(
        nociception: Double, sensitivity: Double, threat: Double, guarding: Double,
        capacity: Double, fatigue: Double, needling: Double = 0, expectation: Double = 0,
        understanding: Double = 0, usualPain: Double, lastPain: Double, safety: Double = 0, training: Double = 0,
        learnedRelief: Double = 0,
        noise: Double = 0,
        flareExcitation: Double = 0
    ) {
        self.nociception = nociception
        self.sensitivity = sensitivity
        self.threat = threat
        self.guarding = guarding
        self.capacity = capacity
        self.fatigue = fatigue
        self.needling = needling
        self.expectation = expectation
        self.understanding = understanding
        self.usualPain = usualPain
        self.lastPain = lastPain
        self.safety = safety
        self.training = training
        self.learnedRelief = learnedRelief
        self.noise = noise
        self.flareExcitation = flareExcitation
    }

    /// A rough recovered starting point; `Model.settle(_:)` refines it to the equilibrium.
    public static func recoveredGuess(_ p: Parameters) -> ModelState {
        ModelState(
            nociception: 0, sensitivity: 0.02, threat: p.threatFloor, guarding: 0.1,
            capacity: 1, fatigue: p.fatigueGain, usualPain: 1, lastPain: 1)
    }

    /// A rough sensitised starting point; `Model.settle(_:)` refines it to the equilibrium.
    public static func sensitisedGuess(_ p: Parameters) -> ModelState {
        ModelState(
            nociception: 0.05, sensitivity: 0.95, threat: 0.6, guarding: 0.5,
            capacity: 0.6, fatigue: 0.6 * p.fatigueGain, usualPain: 5.5, lastPain: 5.5)
    }
}
