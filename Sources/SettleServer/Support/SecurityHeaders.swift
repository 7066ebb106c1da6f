import Foundation
import HTTPTypes
import Hummingbird

/// Response headers every HTML page carries: no sniffing, no framing, local assets only.
enum SecurityHeaders {
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")

    /// The policy: nothing from other origins, no scripts at all (the app works without JavaScript).
    static let policy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func apply(to fields: inout HTTPFields) {
        if let name = contentTypeOptions { fields[name] = "nosniff" }
        if let name = contentSecurityPolicy { fields[name] = policy }
        if let name = referrerPolicy { fields[name] = "same-origin" }
    }
}
