import Foundation

/// A JSON value as a tree: what FHIR resources are built from and read into.
///
/// Encoding with ``serialized(pretty:)`` is deterministic: object keys are sorted, except that
/// `resourceType` and then `id` come first, as FHIR JSON is usually written.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A whole number (written without a decimal point).
    case integer(Int)
    /// A decimal number (non-finite values are written as `null`).
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object; nil for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text of a string value.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of a boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value of a number (whole or decimal).
    public var double: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    /// The value of a whole number, or of a decimal that is a whole number.
    public var int: Int? {
        switch self {
        case .integer(let value): return value
        case .number(let value):
            guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return nil }
            return Int(value)
        default: return nil
        }
    }

    /// The elements of an array (empty for other values).
    public var elements: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }

    /// The members of an object (empty for other values).
    public var members: [String: JSONValue] {
        if case .object(let members) = self { return members }
        return [:]
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value):
            if value.isFinite { try container.encode(value) } else { try container.encodeNil() }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue {
    /// Parses JSON text; throws ``InteropError/malformedJSON(location:detail:)`` naming `location`.
    public static func parse(_ data: Data, location: String = "input") throws(InteropError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .malformedJSON(location: location, detail: Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return "\(error)"
    }

    /// The value as JSON text: deterministic (sorted keys, `resourceType` and `id` first),
    /// indented by two spaces when `pretty`, and ending without a newline.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    /// The value as UTF-8 JSON data (see ``serialized(pretty:)``), ending with a newline when `pretty`.
    public func data(pretty: Bool = true) -> Data {
        Data((serialized(pretty: pretty) + (pretty ? "\n" : "")).utf8)
    }

    private static func keyOrder(_ lhs: String, _ rhs: String) -> Bool {
        func rank(_ key: String) -> Int { key == "resourceType" ? 0 : key == "id" ? 1 : 2 }
        let (a, b) = (rank(lhs), rank(rhs))
        return a != b ? a < b : lhs < rhs
    }

    private func write(into out: inout String, indent: Int?) {
        let newline = indent == nil ? "" : "\n"
        let pad = { (level: Int) in String(repeating: "  ", count: level) }
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .number(let value): out += Self.numberText(value)
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                if let indent { out += pad(indent + 1) }
                item.write(into: &out, indent: indent.map { $0 + 1 })
                out += (index == items.count - 1 ? "" : ",") + newline
            }
            if let indent { out += pad(indent) }
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{" + newline
            let keys = members.keys.sorted(by: Self.keyOrder)
            for (index, key) in keys.enumerated() {
                if let indent { out += pad(indent + 1) }
                Self.writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                members[key]?.write(into: &out, indent: indent.map { $0 + 1 })
                out += (index == keys.count - 1 ? "" : ",") + newline
            }
            if let indent { out += pad(indent) }
            out += "}"
        }
    }

    /// Shortest text that reads back as the same double; whole values keep no fraction.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members: [String: JSONValue] = [:]
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }
}
