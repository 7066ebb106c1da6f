import SettleModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The patient's own static parameters that the filter learns from their diary, on top of the
/// population defaults (`Parameters.calibrated`).
///
/// These four carry most of what differs between patients in a diary: how vulnerable the
/// sensitivity loop is, how deep and how long a needling window is, and how much the patient
/// habitually does.
public struct PersonalParameters: Codable, Sendable, Equatable, Hashable {
    /// Personal baseline of the gain drive (a.u., −0.4–0.2): constitutional vulnerability.
    public var gainBaseline: Double
    /// Fractional reduction of amplification at a full needling trace (0–0.9): window depth.
    public var needlingGainReduction: Double
    /// Decay time constant of the needling trace (days, 1–14): window length.
    public var needlingTime: Double
    /// Activity the patient plans on a day without a quota (load units, 0.1–2.5; 1 = 60 min).
    public var habitualLoad: Double

    /// Creates explicit values.
    public init(gainBaseline: Double, needlingGainReduction: Double, needlingTime: Double, habitualLoad: Double) {
        self.gainBaseline = gainBaseline
        self.needlingGainReduction = needlingGainReduction
        self.needlingTime = needlingTime
        self.habitualLoad = habitualLoad
    }

    /// `base` with the personal values applied (clamped to their ranges).
    public func applied(to base: Parameters) -> Parameters {
        var p = base
        p.gainBaseline = min(0.2, max(-0.4, gainBaseline))
        p.needlingGainReduction = min(0.9, max(0, needlingGainReduction))
        p.needlingTime = min(14, max(1, needlingTime))
        return p
    }
}

/// Unconstrained coordinates of `PersonalParameters` (identity, logit, log, log), in which the
/// prior is normal and the Liu–West kernel moves particles.
struct PersonalCoordinates: Sendable, Equatable {
    var z0: Double
    var z1: Double
    var z2: Double
    var z3: Double

    static let count = 4

    subscript(_ k: Int) -> Double {
        get {
            switch k {
            case 0: return z0
            case 1: return z1
            case 2: return z2
            default: return z3
            }
        }
        set {
            switch k {
            case 0: z0 = newValue
            case 1: z1 = newValue
            case 2: z2 = newValue
            default: z3 = newValue
            }
        }
    }

    init(z0: Double, z1: Double, z2: Double, z3: Double) {
        self.z0 = z0
        self.z1 = z1
        self.z2 = z2
        self.z3 = z3
    }

    init(_ p: PersonalParameters) {
        z0 = p.gainBaseline
        let f = min(0.999, max(0.001, p.needlingGainReduction / 0.9))
        z1 = log(f / (1 - f))
        z2 = log(p.needlingTime)
        z3 = log(p.habitualLoad)
    }

    var natural: PersonalParameters {
        PersonalParameters(
            gainBaseline: min(0.2, max(-0.4, z0)),
            needlingGainReduction: 0.9 / (1 + exp(-z1)),
            needlingTime: min(14, max(1, exp(z2))),
            habitualLoad: min(2.5, max(0.1, exp(z3))))
    }
}

/// The prior over `PersonalParameters`: independent normals in unconstrained coordinates,
/// centred on the population defaults.
public struct PersonalPrior: Codable, Sendable, Equatable {
    /// Centre of the prior (natural units).
    public var centre: PersonalParameters
    /// SD of the gain baseline (a.u.).
    public var gainBaselineSD: Double
    /// SD of the logit of window depth.
    public var depthLogitSD: Double
    /// SD of log window time constant.
    public var timeLogSD: Double
    /// SD of log habitual load.
    public var habitLogSD: Double

    /// Creates a prior.
    public init(
        centre: PersonalParameters, gainBaselineSD: Double = 0.12, depthLogitSD: Double = 0.7,
        timeLogSD: Double = 0.45, habitLogSD: Double = 0.35
    ) {
        self.centre = centre
        self.gainBaselineSD = gainBaselineSD
        self.depthLogitSD = depthLogitSD
        self.timeLogSD = timeLogSD
        self.habitLogSD = habitLogSD
    }

    /// The population prior for `base` parameters, with habitual load centred on `habitualLoad`.
    public static func population(_ base: Parameters, habitualLoad: Double = 1) -> PersonalPrior {
        PersonalPrior(
            centre: PersonalParameters(
                gainBaseline: base.gainBaseline, needlingGainReduction: base.needlingGainReduction,
                needlingTime: base.needlingTime, habitualLoad: habitualLoad))
    }

    /// One draw from the prior.
    public func draw(_ random: inout RandomStream) -> PersonalParameters {
        coordinates(&random).natural
    }

    func coordinates(_ random: inout RandomStream) -> PersonalCoordinates {
        var c = PersonalCoordinates(centre)
        c.z0 += gainBaselineSD * random.normal()
        c.z1 += depthLogitSD * random.normal()
        c.z2 += timeLogSD * random.normal()
        c.z3 += habitLogSD * random.normal()
        c.z0 = min(0.2, max(-0.4, c.z0))
        return c
    }
}
