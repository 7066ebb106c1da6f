import Foundation

/// The page frame shared by every HTML page: header with navigation, sign-out form, main, footer.
enum Layout {
    /// Who is signed in, as the header shows it.
    struct Viewer: Sendable {
        var name: String
        var role: String
        var csrfToken: String
        var navigation: [(href: String, label: String)]
    }

    static func page(title: String, viewer: Viewer?, body: HTML) -> HTML {
        let header: HTML
        if let viewer {
            let links = HTML.join(viewer.navigation.map { link in "<a href=\"\(link.href)\">\(link.label)</a>" as HTML })
            header = """
                <header class="top">
                  <a class="brand" href="/">Settle</a>
                  <nav aria-label="Main">\(links)</nav>
                  <span class="who">\(viewer.name) · \(viewer.role)</span>
                  <form method="post" action="/logout">\(csrfField(viewer.csrfToken))<button type="submit">Sign out</button></form>
                </header>
                """
        } else {
            header = """
                <header class="top"><a class="brand" href="/">Settle</a></header>
                """
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Settle</title>
            <link rel="stylesheet" href="/settle.css">
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            \(header)
            <main id="main">
            \(body)
            </main>
            <footer>Settle is decision support: its estimates carry uncertainty and are not a diagnosis.</footer>
            </body>
            </html>
            """
    }

    /// The hidden CSRF field every state-changing form carries.
    static func csrfField(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"\(CSRF.fieldName)\" value=\"\(token)\">"
    }
}
