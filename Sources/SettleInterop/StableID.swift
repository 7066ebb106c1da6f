import Foundation

/// Ids derived deterministically from another id and a label, for resources that have no record
/// of their own (score and panel Observations, the Condition) and for synthetic records.
///
/// Two rounds of SplitMix64 over the id's bytes and the label's UTF-8 give 128 well-mixed bits,
/// stamped as a version-4, RFC 4122 variant UUID. Different labels give unrelated ids, and a
/// derived id never equals its source.
public enum StableID {
    public static func derive(from base: UUID, _ label: String) -> UUID {
        let bytes = withUnsafeBytes(of: base.uuid) { Array($0) } + Array(label.utf8)
        var a: UInt64 = 0x5E77_1E00_0000_0001
        var b: UInt64 = 0x1D5E_ED00_0000_0002
        for byte in bytes {
            a = mix(a ^ UInt64(byte))
            b = mix(b &+ UInt64(byte) &* 0x9E37_79B9_7F4A_7C15)
        }
        a = mix(a ^ b)
        b = mix(b ^ a)
        var out = [UInt8](repeating: 0, count: 16)
        for k in 0..<8 {
            out[k] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(k)))
            out[8 + k] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(k)))
        }
        out[6] = (out[6] & 0x0F) | 0x40
        out[8] = (out[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8], out[9], out[10], out[11], out[12],
                out[13], out[14], out[15]
            ))
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
