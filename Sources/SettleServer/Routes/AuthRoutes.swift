import Foundation
import Hummingbird
import HummingbirdAuth
import SettleCare
import SettleStore

/// Sign-in, sign-out and the start page that sends each role to its home.
struct AuthRoutes {
    let env: ClinicEnvironment
    /// Failures allowed per e-mail and per client address within `rateWindow`.
    static let maximumFailures = 5
    /// The sliding window for counting failures (15 minutes).
    static let rateWindow: TimeInterval = 15 * 60

    func add(to router: some RouterMethods<SettleRequestContext>) {
        router.get("/") { _, context in
            guard let user = context.identity else { return Response.redirect(to: "/login", type: .found) }
            return Response.redirect(to: Self.home(for: user), type: .found)
        }
        router.get("/login", use: showLogin)
        router.post("/login", use: login)
        router.post("/logout", use: logout)
    }

    static func home(for user: SignedInUser) -> String {
        switch user.role {
        case .admin, .clinician: "/caseload"
        case .patient: "/me"
        }
    }

    func showLogin(_ request: Request, context: SettleRequestContext) async throws -> Response {
        if let user = context.identity { return Response.redirect(to: Self.home(for: user), type: .found) }
        let (token, isNew) = CSRF.anonymousToken(for: request)
        let next = Self.safeNext(request.uri.queryParameters["next"].map(String.init))
        // `ended=1`: a form was sent with a session that had ended (ErrorMiddleware).
        let message =
            request.uri.queryParameters["ended"] == "1"
            ? "Your session had ended, so what you sent was not saved. Sign in and send it again." : nil
        return loginPage(status: .ok, email: nil, next: next, csrf: token, setCookie: isNew, message: message)
    }

    func login(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let form = try await request.formFields()
        try CSRF.verifyAnonymous(form, request: request)
        let csrf = CSRF.anonymousToken(for: request).token
        let email = UserAccount.normalizedEmail(form.value(for: "email") ?? "")
        let password = form.pairs.first { $0.0 == "password" }?.1 ?? ""
        let next = Self.safeNext(form.value(for: "next"))
        guard !email.isEmpty, !password.isEmpty else {
            return loginPage(
                status: .unprocessableContent, email: email, next: next, csrf: csrf, setCookie: false,
                message: "Enter your e-mail and password.")
        }
        let now = env.now()
        let since = now.addingTimeInterval(-Self.rateWindow)
        let emailKey = "email:" + email, addressKey = "ip:" + context.remoteAddress
        let emailFailures = try await env.store.failedLoginAttempts(key: emailKey, since: since)
        let addressFailures = try await env.store.failedLoginAttempts(key: addressKey, since: since)
        guard emailFailures < Self.maximumFailures, addressFailures < Self.maximumFailures else {
            try await env.store.appendAudit(env.audit(nil, "login.throttled", target: email))
            return loginPage(
                status: .tooManyRequests, email: email, next: next, csrf: csrf, setCookie: false,
                message: "Too many failed sign-in attempts. Wait 15 minutes and try again.")
        }
        let user = try await env.store.user(email: email)
        let matches = await Passwords.verify(password, hash: user?.passwordHash ?? Passwords.decoy)
        guard let user, matches, !user.disabled else {
            try await env.store.apply([
                .recordLoginAttempt(LoginAttempt(key: emailKey, at: now, succeeded: false)),
                .recordLoginAttempt(LoginAttempt(key: addressKey, at: now, succeeded: false)),
                .appendAudit(env.audit(nil, "login.failed", target: email)),
            ])
            return loginPage(
                status: .unauthorized, email: email, next: next, csrf: csrf, setCookie: false,
                message: "The e-mail or password is not right.")
        }
        try await env.store.apply([
            .recordLoginAttempt(LoginAttempt(key: emailKey, at: now, succeeded: true)),
            .appendAudit(env.audit(user, "login")),
        ])
        _ = try? await env.store.purgeExpiredSessions(now: now)
        _ = try? await env.store.purgeLoginAttempts(before: now.addingTimeInterval(-24 * 60 * 60))
        context.sessions.createSession(WebSession(userID: user.id, csrfToken: ""), expiresIn: .seconds(12 * 60 * 60))
        return Response.redirect(to: next ?? Self.home(for: user), type: .normal)
    }

    func logout(_ request: Request, context: SettleRequestContext) async throws -> Response {
        let form = try await request.formFields()
        if let session = context.sessions.session {
            try CSRF.verify(form, expected: session.csrfToken)
            try await env.store.appendAudit(env.audit(context.identity, "logout"))
        }
        context.sessions.clearSession()
        return Response.redirect(to: "/login", type: .normal)
    }

    private func loginPage(
        status: HTTPResponse.Status, email: String?, next: String?, csrf: String, setCookie: Bool, message: String?
    ) -> Response {
        var headers = HTTPFields()
        if setCookie { headers[.setCookie] = CSRF.cookie(csrf, secure: env.settings.secureCookies).description }
        let body = LoginView.page(email: email, next: next, csrf: csrf, message: message, demoHint: env.settings.seedDemo)
        return HTMLPage(status: status, body: body, headers: headers).response()
    }

    /// Only same-site paths are accepted as a place to return to after sign-in.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next.count < 500 else { return nil }
        return next
    }
}
