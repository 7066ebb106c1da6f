import Foundation
import Hummingbird
import SettleStore

/// Cross-site request forgery protection.
///
/// Signed-in forms carry the session's CSRF token (kept in the server-side session record);
/// forms shown before sign-in (login, accepting an invite) use a double-submit cookie
/// (`settle_csrf`, HttpOnly, SameSite=Lax) whose value must match the hidden field.
enum CSRF {
    /// Name of the hidden form field.
    static let fieldName = "_csrf"
    /// Name of the double-submit cookie for anonymous forms.
    static let cookieName = "settle_csrf"

    /// Throws `403` unless the form's token equals `expected`.
    static func verify(_ form: FormFields, expected: String) throws {
        guard let sent = form.value(for: fieldName), Secrets.constantTimeEquals(sent, expected) else {
            throw HTTPError(
                .forbidden, message: "The form has expired or did not come from this site. Reload the page and try again.")
        }
    }

    /// The anonymous token already in the request's cookie, or a fresh one.
    static func anonymousToken(for request: Request) -> (token: String, isNew: Bool) {
        if let value = request.cookies[cookieName]?.value, Secrets.isWellFormedToken(value) {
            return (String(value), false)
        }
        return (SecretToken.generate(), true)
    }

    /// The `Set-Cookie` value that stores an anonymous token.
    static func cookie(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// Throws `403` unless the form's token matches the double-submit cookie.
    static func verifyAnonymous(_ form: FormFields, request: Request) throws {
        guard let cookie = request.cookies[cookieName]?.value else {
            throw HTTPError(
                .forbidden, message: "Cookies are needed to sign in. Enable cookies for this site and reload the page.")
        }
        try verify(form, expected: String(cookie))
    }
}
