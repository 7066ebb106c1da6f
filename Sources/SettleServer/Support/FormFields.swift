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

    /// Parses `a=1&b=two+words&c=%C3%A9`; a name or value with a malformed percent escape, or
    /// whose escapes do not spell UTF-8, is kept literally (with `+` read as a space).
    public init(urlEncoded text: String) {
        var pairs: [(String, String)] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
                if end > start {
                    let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if let equals = part.firstIndex(of: UInt8(ascii: "=")) {
                        pairs.append(
                            (
                                Self.decode(UnsafeBufferPointer(rebasing: part[..<equals])),
                                Self.decode(UnsafeBufferPointer(rebasing: part[(equals + 1)...]))
                            ))
                    } else {
                        pairs.append((Self.decode(part), ""))
                    }
                }
                start = end + 1
            }
        }
        self.pairs = pairs
    }

    public init(_ pairs: [(String, String)]) { self.pairs = pairs }

    /// First value for `name`, trimmed; `nil` when absent or blank.
    public func value(for name: String) -> String? {
        guard let raw = pairs.first(where: { $0.0 == name })?.1 else { return nil }
        let trimmed = Self.trimmed(raw)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every non-blank value for `name`, trimmed.
    public func values(for name: String) -> [String] {
        pairs.filter { $0.0 == name }.map { Self.trimmed($0.1) }.filter { !$0.isEmpty }
    }

    /// `text` without leading and trailing white space (Unicode White_Space: spaces, tabs, line breaks).
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace }) ?? first
        if first == text.startIndex && text.index(after: last) == text.endIndex { return text }
        return String(text[first...last])
    }

    /// Whether a checkbox named `name` was ticked.
    public func isChecked(_ name: String) -> Bool {
        guard let value = value(for: name)?.lowercased() else { return false }
        return ["on", "true", "yes", "1"].contains(value)
    }

    /// One URL-encoded name or value: `+` is a space and `%XX` a byte; when an escape is malformed
    /// or the bytes are not UTF-8, the text with only `+` replaced.
    static func decode(_ encoded: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = 0
        var wellFormed = true
        while index < encoded.count {
            let byte = encoded[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                if index + 2 < encoded.count, let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2]) {
                    bytes.append(high << 4 | low)
                    index += 2
                } else {
                    wellFormed = false
                    break
                }
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        if wellFormed, let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(decoding: encoded.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
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
