/// Why an export or import could not be done at all. Problems with single records or lines are
/// not errors: they are reported in the import result (``ImportNote``, ``CSVProblem``).
public enum InteropError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is not valid JSON; `location` names the file or NDJSON line.
    case malformedJSON(location: String, detail: String)
    /// The JSON is not FHIR we can read (e.g. no `resourceType`).
    case notFHIR(location: String, detail: String)
    /// A CSV file's header is missing required columns or has unknown ones.
    case csvHeader(detail: String)
    /// The CSV file has bad lines and a partial import was not asked for; nothing was imported.
    case csvRejected([CSVProblem])

    public var description: String {
        switch self {
        case .malformedJSON(let location, let detail): return "\(location): not valid JSON (\(detail))"
        case .notFHIR(let location, let detail): return "\(location): not a FHIR resource or Bundle: \(detail)"
        case .csvHeader(let detail): return "CSV header: \(detail)"
        case .csvRejected(let problems):
            let shown = problems.prefix(20).map { $0.description }.joined(separator: "\n  ")
            let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
            return
                "nothing imported: \(problems.count) problem\(problems.count == 1 ? "" : "s") in the CSV file "
                + "(fix them, or import the good lines with --partial):\n  \(shown)\(more)"
        }
    }
}
