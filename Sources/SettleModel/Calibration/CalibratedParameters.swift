// This file is rewritten by `settle calibrate`. Until the first calibration it holds the
// hand-set defaults of `Parameters()`.

extension Parameters {
    /// The population-average parameter set the product uses (fitted by `settle calibrate`).
    public static var calibrated: Parameters { Parameters() }
}
