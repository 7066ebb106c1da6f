import SettleModel

/// Everything wrong with a trial design or cohort, each problem with its field path
/// (e.g. `arms[2].acupuncture.sessions`) and what to change.
public struct TrialDesignError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Problems found, in field order.
    public let problems: [ParameterError]

    public init(_ problems: [ParameterError]) { self.problems = problems }

    public init(path: String, problem: String) { self.problems = [ParameterError(path: path, problem: problem)] }

    public var description: String {
        "invalid trial design:\n" + problems.map { "  - \($0.path): \($0.problem)" }.joined(separator: "\n")
    }
}
