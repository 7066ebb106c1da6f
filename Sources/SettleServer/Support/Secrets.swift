import Foundation
import SettleCare
import SettleStore

/// Comparing and deriving secrets.
enum Secrets {
    /// Compares two strings in time that depends only on their lengths.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    /// The CSRF token of a browser session, derived from its (secret) session token, so that
    /// the database keeps only hashes and several app instances agree on it.
    static func csrfToken(forSessionToken token: String) -> String {
        TokenHash(hashing: "csrf:" + token).hex
    }

    /// Whether `text` looks like a token from `SecretToken.generate()` (43 base64url characters).
    static func isWellFormedToken(_ text: some StringProtocol) -> Bool {
        text.count == 43 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
