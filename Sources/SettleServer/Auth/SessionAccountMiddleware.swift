import Hummingbird
import HummingbirdAuth
import SettleCare
import SettleStore

/// Signs in the browser session's account: sets the request's identity (unless the account is
/// disabled) and a patient account's own record, both read with the session by
/// ``StoreSessionDriver`` — or read here when the session carries none.
struct SessionAccountMiddleware: RouterMiddleware {
    typealias Context = SettleRequestContext
    let store: any ClinicStore

    func handle(
        _ request: Request, context: SettleRequestContext,
        next: (Request, SettleRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let session = context.sessions.session else { return try await next(request, context) }
        var context = context
        if let signedIn = session.signedIn, signedIn.account.id == session.userID {
            if !signedIn.account.disabled {
                context.identity = signedIn.account
                context.ownPatient = signedIn.patient
            }
        } else if let account = try await store.user(id: session.userID), !account.disabled {
            context.identity = account
        }
        return try await next(request, context)
    }
}
