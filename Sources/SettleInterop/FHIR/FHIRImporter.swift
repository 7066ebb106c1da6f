import Foundation
import SettleCare

/// Reads FHIR R4 JSON (a Bundle, a single resource, or NDJSON of either) into Settle records.
///
/// Mapped: Patient (+ Condition text), Observation for pain (LOINC 72514-3, with Settle's diary
/// components), QuestionnaireResponse for catalog instruments (re-scored from the answers),
/// and Settle's own Procedure and CarePlan forms. Everything else — other resources, fields,
/// components, extensions, items — is listed in ``FHIRImport/notes``, never dropped silently.
/// Pure: reads bytes, returns records; storing them is the caller's job.
public struct FHIRImporter: Sendable {
    /// When set, every record is imported for this patient whatever its `subject` says.
    public var targetPatient: UUID?
    /// Registration time for patients whose resource does not carry one.
    public var now: Date
    /// Makes ids for resources whose id is not a UUID.
    public var makeID: @Sendable () -> UUID

    public init(targetPatient: UUID? = nil, now: Date = Date(), makeID: @escaping @Sendable () -> UUID = { UUID() }) {
        self.targetPatient = targetPatient
        self.now = now
        self.makeID = makeID
    }

    /// A resource found in the input with where it was found.
    struct Located {
        var resource: JSONValue
        var fullURL: String?
        var location: String
        var type: String { resource["resourceType"]?.string ?? "" }
        var label: String { "\(location) \(type)/\(resource["id"]?.string ?? "?")" }
    }

    /// Reads `data`; throws only when the input is not JSON or not FHIR at all.
    public func read(_ data: Data, source: String = "input") throws(InteropError) -> FHIRImport {
        var located: [Located] = []
        let text = String(decoding: data, as: UTF8.self)
        let whole: Result<JSONValue, InteropError> = Result { () throws(InteropError) in
            try JSONValue.parse(data, location: source)
        }
        switch whole {
        case .success(let value):
            try collect(value, location: "", into: &located, source: source)
        case .failure(let error):
            // NDJSON: one JSON value per line. If the first line is not a JSON value on its own, the
            // file is a single (broken) document: report the error of the whole.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let filled = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard filled.count > 1, let first = filled.first, (try? JSONValue.parse(Data(first.utf8))) != nil else {
                throw error
            }
            for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let lineSource = "\(source) line \(index + 1)"
                let value = try JSONValue.parse(Data(line.utf8), location: lineSource)
                try collect(value, location: "line \(index + 1) ", into: &located, source: lineSource)
            }
        }
        var state = ImportState(importer: self)
        state.run(located)
        return state.result
    }

    private func collect(
        _ value: JSONValue, location: String, into located: inout [Located], source: String
    ) throws(InteropError) {
        guard let type = value["resourceType"]?.string else {
            throw .notFHIR(location: source, detail: "no \"resourceType\" member at \(location.isEmpty ? "top level" : location)")
        }
        guard type == "Bundle" else {
            located.append(Located(resource: value, fullURL: nil, location: location.isEmpty ? "resource" : location))
            return
        }
        for (index, entry) in (value["entry"]?.elements ?? []).enumerated() {
            let here = "\(location)entry[\(index)]"
            guard let resource = entry["resource"] else {
                located.append(Located(resource: [:], fullURL: nil, location: here))
                continue
            }
            if resource["resourceType"]?.string == "Bundle" {
                try collect(resource, location: here + ".", into: &located, source: source)
            } else {
                located.append(Located(resource: resource, fullURL: entry["fullUrl"]?.string, location: here))
            }
        }
    }
}
