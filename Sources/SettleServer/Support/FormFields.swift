import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body (or a query string).
///
/// Repeated names keep every value in order (`values(for:)`); `value(for:)` is the first one,
/// trimmed of surrounding white space.
public struct FormFields: Sendable, Equatable {
    /// Every (name, value) pair in the order received.
    public private(set) var pairs: [(String, String)]

    public static func == (lhs: FormFields, rhs: FormFields) -> Bool {
        lhs.pairs.map { "\($0.0)=\($0.1)" } == rhs.pairs.map { "\($0.0)=\($0.1)" }
    }

    /// Parses `a=1&b=two+words&c=%C3%A9`; malformed percent escapes are kept literally.
    public init(urlEncoded text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            return (name, value)
        }
    }

    public init(_ pairs: [(String, String)]) { self.pairs = pairs }

    /// First value for `name`, trimmed; `nil` when absent or blank.
    public func value(for name: String) -> String? {
        guard let raw = pairs.first(where: { $0.0 == name })?.1 else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every non-blank value for `name`, trimmed.
    public func values(for name: String) -> [String] {
        pairs.filter { $0.0 == name }.map { $0.1.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Whether a checkbox named `name` was ticked.
    public func isChecked(_ name: String) -> Bool {
        guard let value = value(for: name)?.lowercased() else { return false }
        return ["on", "true", "yes", "1"].contains(value)
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

extension Request {
    /// Largest form body accepted, in bytes.
    static let maximumFormBytes = 256 * 1024

    /// Reads the body as form fields; a body above 256 KiB is a `413`.
    func formFields() async throws -> FormFields {
        let buffer = try await body.collect(upTo: Self.maximumFormBytes)
        return FormFields(urlEncoded: String(buffer: buffer))
    }
}
