import Foundation

/// Decoders for the two column formats every record read is full of, written out by hand
/// because Foundation's are slow on Linux: `UUID(uuidString:)` takes ≈ 1.8 µs (a warm dashboard
/// reads ≈ 1,500 ids: 730 diary rows × id and patient id) and `JSONDecoder` ≈ 40 µs for a
/// ten-item answers object. Both fall back to Foundation for anything outside the simple form,
/// so they accept exactly what Foundation accepts.
enum FastDecoding {
    /// The UUID in canonical text form (`8-4-4-4-12` hex digits, either case), or nil.
    static func uuid(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { raw -> UUID? in
                var out = 0
                var index = 0
                while index < 36 {
                    if index == 8 || index == 13 || index == 18 || index == 23 {
                        guard bytes[index] == UInt8(ascii: "-") else { return nil }
                        index += 1
                        continue
                    }
                    guard let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else { return nil }
                    raw[out] = high << 4 | low
                    out += 1
                    index += 2
                }
                return UUID(
                    uuid: (
                        raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7], raw[8], raw[9], raw[10], raw[11],
                        raw[12], raw[13], raw[14], raw[15]
                    ))
            }
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A flat JSON object of numbers with plain keys, as the store writes answers
    /// (`{"q1":3,"q2":0.5}`); nil for anything else (escapes, nesting, strings, `null`), which
    /// the caller then decodes with `JSONDecoder`.
    static func numberObject(_ text: String) -> [String: Double]? {
        var result: [String: Double] = [:]
        var scalars = Substring(text).utf8[...]
        func skipSpace() {
            while let c = scalars.first, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { scalars.removeFirst() }
        }
        func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard scalars.first == byte else { return false }
            scalars.removeFirst()
            return true
        }
        guard take(UInt8(ascii: "{")) else { return nil }
        if take(UInt8(ascii: "}")) {
            skipSpace()
            return scalars.isEmpty ? result : nil
        }
        while true {
            guard take(UInt8(ascii: "\"")) else { return nil }
            guard let close = scalars.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let keyBytes = scalars[..<close]
            guard !keyBytes.contains(UInt8(ascii: "\\")), let key = String(keyBytes) else { return nil }
            scalars = scalars[scalars.index(after: close)...]
            guard take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            let end =
                scalars.firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") || $0 == 0x20 } ?? scalars.endIndex
            let numberBytes = scalars[..<end]
            // JSON numbers only: an optional minus, digits, fraction and exponent (no `nan`, `inf`, `+`).
            guard let first = numberBytes.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first),
                numberBytes.allSatisfy({
                    (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45
                }),
                let number = String(numberBytes).flatMap(Double.init), number.isFinite
            else { return nil }
            guard result.updateValue(number, forKey: key) == nil else { return nil }
            scalars = scalars[end...]
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "}")) else { return nil }
            skipSpace()
            return scalars.isEmpty ? result : nil
        }
    }
}
