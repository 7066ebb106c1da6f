import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare

extension SettleRequestContext {
    /// The CSRF token of the browser session (empty for API requests).
    var csrfToken: String { sessions.session?.csrfToken ?? "" }

    /// The page header for the signed-in user.
    func viewer() throws -> Layout.Viewer {
        Layout.Viewer(try requireUser(), csrf: csrfToken)
    }

    /// Checks the CSRF field of a signed-in form; `403` when missing or wrong.
    func verifyCSRF(_ form: FormFields) throws {
        guard let session = sessions.session else {
            throw HTTPError(.forbidden, message: "Your session has ended. Sign in again.")
        }
        try CSRF.verify(form, expected: session.csrfToken)
    }
}
