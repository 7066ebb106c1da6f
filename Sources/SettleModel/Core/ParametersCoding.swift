/// An error in model parameters or overrides, naming the field and the allowed values.
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field path, e.g. `person.overrides.gainMax`.
    public let path: String
    /// What is wrong and how to fix it.
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }

    /// The field path and problem of a JSON decoding error, e.g. `care.activity.kind`.
    public init(decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            let p = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "(root)" : String(p.drop { $0 == "." })
        }
        switch error {
        case .typeMismatch(let type, let ctx):
            self.init(path: path(ctx.codingPath), problem: "expected \(type): \(ctx.debugDescription)")
        case .valueNotFound(let type, let ctx):
            self.init(path: path(ctx.codingPath), problem: "missing \(type) value")
        case .keyNotFound(let key, let ctx):
            self.init(path: path(ctx.codingPath + [key]), problem: "required field is missing")
        case .dataCorrupted(let ctx):
            self.init(path: path(ctx.codingPath), problem: ctx.debugDescription)
        @unknown default:
            self.init(path: "(file)", problem: "\(error)")
        }
    }
}

extension Parameters {
    /// Returns a copy with named parameters replaced.
    ///
    /// Every name must be in `ParameterCatalog` and every value inside its documented range;
    /// all problems are returned together, and nothing is applied when any is found.
    public func applying(_ overrides: [String: Double], path: String = "overrides") throws(ParameterErrors) -> Parameters {
        var copy = self
        var problems: [ParameterError] = []
        for name in overrides.keys.sorted() {
            guard let value = overrides[name] else { continue }
            guard let info = ParameterCatalog.info(named: name) else {
                problems.append(
                    .init(path: "\(path).\(name)", problem: "unknown parameter; see `settle simulate --list-parameters`"))
                continue
            }
            guard value.isFinite, info.range.contains(value) else {
                problems.append(
                    .init(
                        path: "\(path).\(name)",
                        problem: "\(value) is outside \(info.range.lowerBound)…\(info.range.upperBound) \(info.unit)"))
                continue
            }
            copy[keyPath: info.keyPath] = value
        }
        if !problems.isEmpty { throw ParameterErrors(problems) }
        return copy
    }

    /// Named values of every parameter, in catalog order.
    public var namedValues: [(name: String, value: Double)] {
        ParameterCatalog.entries.map { ($0.name, self[keyPath: $0.keyPath]) }
    }
}

/// One or more parameter problems found together.
public struct ParameterErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found.
    public let problems: [ParameterError]
    public init(_ problems: [ParameterError]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension Parameters {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes a (possibly partial) parameter object: missing names keep their defaults,
    /// unknown names and out-of-range values are errors that name the field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var values: [String: Double] = [:]
        for key in container.allKeys {
            values[key.stringValue] = try container.decode(Double.self, forKey: key)
        }
        let path = decoder.codingPath.map(\.stringValue).joined(separator: ".")
        self = try Parameters().applying(values, path: path.isEmpty ? "parameters" : path)
    }

    /// Encodes every parameter by name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in namedValues {
            try container.encode(value, forKey: Key(stringValue: name))
        }
    }
}
