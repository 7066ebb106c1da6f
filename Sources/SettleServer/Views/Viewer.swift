import Foundation
import SettleCare

extension Layout.Viewer {
    /// The header for `user`, with the navigation their role may use.
    init(_ user: SignedInUser, csrf: String) {
        let links: [(href: String, label: String)]
        switch user.role {
        case .admin:
            links = [
                ("/caseload", "Patients"), ("/admin/users", "Accounts"), ("/admin/audit", "Audit log"),
                ("/account/tokens", "API tokens"),
            ]
        case .clinician: links = [("/caseload", "Caseload"), ("/patients/new", "New patient"), ("/account/tokens", "API tokens")]
        case .patient:
            links = [("/me", "Today"), ("/me/check-in", "Check in"), ("/me/progress", "Progress"), ("/me/learn", "Learn")]
        }
        self.init(name: user.displayName, role: user.role.label, csrfToken: csrf, navigation: links)
    }
}
