import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare
import SettleStore

/// One-time invite links: the invited person chooses a name and password and is signed in.
struct InviteRoutes {
    let env: ClinicEnvironment

    func add(to router: some RouterMethods<SettleRequestContext>) {
        router.get("/invite/:code", use: show)
        router.post("/invite/:code", use: accept)
    }

    private func openInvite(_ code: String?) async throws -> (code: String, invite: Invite) {
        guard let code, Secrets.isWellFormedToken(code),
            let invite = try await env.store.invite(codeHash: TokenHash(hashing: code))
        else {
            throw HTTPError(.notFound, message: "This invite link is not valid. Ask your clinic for a new one.")
        }
        guard invite.isOpen(at: env.now()) else {
            throw HTTPError(
                .gone, message: "This invite link has already been used or has expired. Ask your clinic for a new one.")
        }
        return (code, invite)
    }

    func show(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let (code, invite) = try await openInvite(context.parameters.get("code"))
        let (token, isNew) = CSRF.anonymousToken(for: request)
        return page(
            code: code, invite: invite, csrf: token, setCookie: isNew, form: FormFields([]), errors: FieldErrors(), status: .ok)
    }

    func accept(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let (code, invite) = try await openInvite(context.parameters.get("code"))
        let form = try await request.formFields()
        try CSRF.verifyAnonymous(form, request: request)
        var errors = FieldErrors()
        let name = errors.required(form, "displayName", label: "Your name", maxLength: 200)
        let password = form.pairs.first { $0.0 == "password" }?.1 ?? ""
        if let problem = Passwords.problem(with: password) { errors.add("password", problem) }
        if password != (form.pairs.first { $0.0 == "confirm" }?.1 ?? "") {
            errors.add("confirm", "The two passwords differ; type the same password twice.")
        }
        guard errors.isEmpty else {
            return page(
                code: code, invite: invite, csrf: CSRF.anonymousToken(for: request).token, setCookie: false, form: form,
                errors: errors, status: .unprocessableContent)
        }
        let now = env.now()
        let account = UserAccount(
            email: invite.email, displayName: name, role: invite.role,
            passwordHash: await Passwords.hash(password, cost: env.settings.bcryptCost),
            patientID: invite.patientID, createdAt: now)
        let stored = try await env.store.redeemInvite(codeHash: TokenHash(hashing: code), account: account, now: now)
        try await env.store.appendAudit(env.audit(stored, "invite.redeem", patientID: stored.patientID, target: stored.email))
        context.sessions.createSession(WebSession(userID: stored.id, csrfToken: ""), expiresIn: .seconds(12 * 60 * 60))
        return Response.redirect(to: AuthRoutes.home(for: stored), type: .normal)
    }

    private func page(
        code: String, invite: Invite, csrf: String, setCookie: Bool, form: FormFields, errors: FieldErrors,
        status: HTTPResponse.Status
    ) -> Response {
        var headers = HTTPFields()
        if setCookie { headers[.setCookie] = CSRF.cookie(csrf, secure: env.settings.secureCookies).description }
        let body: HTML = """
            <div class="login card">
            <h1>Create your account</h1>
            <p>For \(invite.email) · \(invite.role.label)</p>
            \(Field.errorSummary(errors))
            <form class="stack" method="post" action="/invite/\(code)">
            \(Layout.csrfField(csrf))
            \(Field.text("displayName", label: "Your name", value: form.value(for: "displayName"), errors: errors, required: true, autocomplete: "name"))
            \(Field.text("password", label: "Choose a password", value: nil, errors: errors, type: "password", hint: "At least 10 characters.", required: true, autocomplete: "new-password"))
            \(Field.text("confirm", label: "Type it again", value: nil, errors: errors, type: "password", required: true, autocomplete: "new-password"))
            <div><button type="submit">Create account</button></div>
            </form></div>
            """
        return HTMLPage(
            status: status, body: Layout.page(title: "Create your account", viewer: nil, body: body), headers: headers
        ).response()
    }
}
