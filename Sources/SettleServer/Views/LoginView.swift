import Foundation

/// The sign-in page.
enum LoginView {
    static func page(email: String?, next: String?, csrf: String, message: String?, demoHint: Bool) -> HTML {
        let notice: HTML = message.map { "<div class=\"notice error\" role=\"alert\">\($0)</div>" } ?? .empty
        let hint: HTML =
            demoHint
            ? "<p class=\"support\">Demo clinic: the demo login was printed in the terminal where <code>settle serve</code> started. All demo patients are synthetic.</p>"
            : .empty
        let body: HTML = """
            <div class="login card">
            <h1>Sign in</h1>
            \(notice)
            <form class="stack" method="post" action="/login">
            \(Layout.csrfField(csrf))
            <input type="hidden" name="next" value="\(next ?? "")">
            \(Field.text("email", label: "E-mail", value: email, errors: FieldErrors(), type: "email", required: true, autocomplete: "username"))
            \(Field.text("password", label: "Password", value: nil, errors: FieldErrors(), type: "password", required: true, autocomplete: "current-password"))
            <div><button type="submit">Sign in</button></div>
            </form>
            \(hint)
            </div>
            """
        return Layout.page(title: "Sign in", viewer: nil, body: body)
    }
}
