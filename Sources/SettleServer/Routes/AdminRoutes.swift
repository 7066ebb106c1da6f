import Foundation
import Hummingbird
import SettleCare
import SettleStore

/// Accounts, audit log and API tokens.
struct AdminRoutes {
    let env: ClinicEnvironment

    func add(to router: some RouterMethods<SettleRequestContext>) {
        router.get("/admin/users", use: users)
        router.post("/admin/invites", use: inviteStaff)
        router.get("/admin/audit", use: audit)
        router.get("/account/tokens", use: tokens)
        router.post("/account/tokens", use: createToken)
        router.post("/account/tokens/:id/revoke", use: revokeToken)
    }

    func users(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.admin])
        return HTMLPage(body: try await usersPage(context: context, form: FormFields([]), errors: FieldErrors()))
    }

    private func usersPage(context: SettleRequestContext, form: FormFields, errors: FieldErrors) async throws -> HTML {
        let rows = HTML.join(
            try await env.store.users().map { account in
                "<tr><td>\(account.displayName)</td><td>\(account.email)</td><td>\(account.role.label)</td><td>\(account.disabled ? "disabled" : "active")</td></tr>"
                    as HTML
            })
        let body: HTML = """
            <h1>Accounts</h1>
            <div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <h2>Invite a clinician or administrator</h2>
            \(Field.errorSummary(errors))
            <form class="stack card" method="post" action="/admin/invites">
            \(Layout.csrfField(context.csrfToken))
            \(Field.text("email", label: "E-mail", value: form.value(for: "email"), errors: errors, type: "email", required: true))
            \(Field.select("role", label: "Role", options: [("clinician", "Clinician"), ("admin", "Administrator")], selected: form.value(for: "role"), errors: errors))
            <div><button type="submit">Create invite link</button></div>
            </form>
            <p class="support">Patients are invited from their dashboard by their clinician.</p>
            """
        return Layout.page(title: "Accounts", viewer: try context.viewer(), body: body)
    }

    func inviteStaff(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.admin])
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        var errors = FieldErrors()
        let email = UserAccount.normalizedEmail(form.value(for: "email") ?? "")
        if email.isEmpty || !email.contains("@") || email.count > 254 {
            errors.add("email", "Enter an e-mail like name@example.org.")
        }
        let role: UserRole? =
            switch form.value(for: "role") {
            case "clinician": .clinician
            case "admin": .admin
            default: nil
            }
        if role == nil { errors.add("role", "Choose clinician or administrator.") }
        guard errors.isEmpty, let role else {
            return HTMLPage(
                status: .unprocessableContent, body: try await usersPage(context: context, form: form, errors: errors)
            ).response()
        }
        let code = SecretToken.generate()
        let now = env.now()
        try await env.store.apply([
            .createInvite(
                Invite(
                    codeHash: TokenHash(hashing: code), email: email, role: role, createdBy: user.id, createdAt: now,
                    expiresAt: now.addingTimeInterval(7 * 24 * 3600))),
            .appendAudit(env.audit(user, "invite.create", target: "\(role.rawValue) \(email)")),
        ])
        let body: HTML = """
            <h1>Invite link created</h1>
            <div class="card"><p>One-time link for \(email) (\(role.label)); expires in 7 days and is not shown again:</p>
            <p><input type="text" readonly value="\(env.settings.baseURL)/invite/\(code)" aria-label="Invite link"></p>
            <p><a href="/admin/users">Back to accounts</a></p></div>
            """
        return HTMLPage(status: .created, body: Layout.page(title: "Invite link", viewer: try context.viewer(), body: body))
            .response()
    }

    func audit(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        try AccessPolicy.require(user, roles: [.admin])
        let events = try await env.store.auditEvents(patientID: nil, actorID: nil, limit: 300)
        let names = Dictionary(try await env.store.users().map { ($0.id, $0.email) }, uniquingKeysWith: { a, _ in a })
        let rows = HTML.join(
            events.map { event in
                let when = ISO8601DateFormatter().string(from: event.at)
                return
                    "<tr><td>\(when)</td><td>\(event.actorID.flatMap { names[$0] } ?? "system")</td><td>\(event.action)</td><td>\(event.patientID?.uuidString.lowercased() ?? "")</td><td>\(event.target)</td></tr>"
                    as HTML
            })
        let body: HTML = """
            <h1>Audit log</h1><p class="lead">Latest \(events.count) events, newest first.</p>
            <div class="table-wrap"><table><thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Target</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return HTMLPage(body: Layout.page(title: "Audit log", viewer: try context.viewer(), body: body))
    }

    // MARK: API tokens

    func tokens(_ request: Request, context: SettleRequestContext) async throws -> HTMLPage {
        let user = try context.requireUser()
        return HTMLPage(body: try await tokensPage(user: user, context: context, created: nil, errors: FieldErrors()))
    }

    private func tokensPage(user: SignedInUser, context: SettleRequestContext, created: String?, errors: FieldErrors) async throws
        -> HTML
    {
        let list = try await env.store.apiTokens(userID: user.id)
        let rows = HTML.join(
            list.map { token in
                let state = token.revoked ? "revoked" : token.expiresAt.map { $0 < env.now() ? "expired" : "active" } ?? "active"
                let revoke: HTML =
                    token.revoked
                    ? .empty
                    : """
                    <form method="post" action="/account/tokens/\(token.id.uuidString.lowercased())/revoke">\(Layout.csrfField(context.csrfToken))<button type="submit" class="secondary">Revoke</button></form>
                    """
                return
                    "<tr><td>\(token.name)</td><td>\(Day(containing: token.createdAt).iso)</td><td>\(state)</td><td>\(revoke)</td></tr>"
                    as HTML
            })
        let shown: HTML =
            created.map { token in
                "<div class=\"notice success\" role=\"status\"><p>New token (shown once; copy it now):</p><p><input type=\"text\" readonly value=\"\(token)\" aria-label=\"New API token\"></p><p class=\"support\">Use it as <code>Authorization: Bearer &lt;token&gt;</code> on <code>/api/v1</code>.</p></div>"
            } ?? .empty
        let body: HTML = """
            <h1>API tokens</h1>
            \(shown)
            <div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">Created</th><th scope="col">State</th><th scope="col"><span class="skip">Actions</span></th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            \(Field.errorSummary(errors))
            <form class="stack card" method="post" action="/account/tokens">
            \(Layout.csrfField(context.csrfToken))
            \(Field.text("name", label: "Token name", value: nil, errors: errors, hint: "What the token is for, e.g. research export.", required: true))
            <div><button type="submit">Create token</button></div>
            </form>
            <p class="support">API documentation: <a href="/api/v1/openapi.json">OpenAPI document</a>.</p>
            """
        return Layout.page(title: "API tokens", viewer: try context.viewer(), body: body)
    }

    func createToken(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        var errors = FieldErrors()
        let name = errors.required(form, "name", label: "Token name", maxLength: 100)
        guard errors.isEmpty else {
            return HTMLPage(
                status: .unprocessableContent,
                body: try await tokensPage(user: user, context: context, created: nil, errors: errors)
            ).response()
        }
        let token = SecretToken.generate()
        let record = APIToken(tokenHash: TokenHash(hashing: token), userID: user.id, name: name, createdAt: env.now())
        try await env.store.apply([.createAPIToken(record), .appendAudit(env.audit(user, "apitoken.create", target: name))])
        return HTMLPage(
            status: .created, body: try await tokensPage(user: user, context: context, created: token, errors: FieldErrors())
        ).response()
    }

    func revokeToken(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await request.formFields()
        try context.verifyCSRF(form)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            try await env.store.apiTokens(userID: user.id).contains(where: { $0.id == id })
        else { throw HTTPError(.notFound, message: "No such token among yours.") }
        try await env.store.apply([
            .revokeAPIToken(id: id), .appendAudit(env.audit(user, "apitoken.revoke", target: id.uuidString.lowercased())),
        ])
        return Response.redirect(to: "/account/tokens", type: .normal)
    }
}
