import Foundation
import SettleCare

/// The account behind a request, once its session cookie or API token has been checked.
public typealias SignedInUser = UserAccount

extension UserRole {
    /// Label shown in the page header.
    public var label: String {
        switch self {
        case .admin: "Administrator"
        case .clinician: "Clinician"
        case .patient: "Patient"
        }
    }
}
