import Foundation
import SettleCare
import SettleReports

/// The course overview and one module page, with a "mark as read" form.
enum EducationView {
    static func overview(viewer: Layout.Viewer, completed: [String: Day], notice: String?) -> HTML {
        let done = EducationCourse.modules.filter { completed[$0.id] != nil }.count
        let items = HTML.join(
            EducationCourse.modules.enumerated().map { index, module in
                let status: HTML =
                    completed[module.id].map { "<span class=\"badge open\">Read \($0.iso)</span>" }
                    ?? "<span class=\"badge\">Not read yet</span>"
                return """
                    <li class="card"><h2><a href="/me/learn/\(module.id)">\(index + 1). \(module.title)</a></h2>
                    <p>\(module.summary)</p><p class="support">\(module.minutes) minutes · \(status)</p></li>
                    """
            })
        let flash: HTML = notice.map { "<p class=\"notice success\" role=\"status\">\($0)</p>" } ?? .empty
        let body: HTML = """
            <h1>Learn</h1>
            <p class="lead">A short course on why pain persists and what helps: \(done) of \(EducationCourse.modules.count) modules read.</p>
            \(flash)
            <ol class="modules">\(items)</ol>
            <p class="support">Understanding pain is part of your care: when you mark a module as read, your clinician sees it and Settle counts it as education.</p>
            """
        return Layout.page(title: "Learn", viewer: viewer, body: body)
    }

    static func module(viewer: Layout.Viewer, _ module: EducationCourse.Module, completedOn: Day?) -> HTML {
        let modules = EducationCourse.modules
        let index = modules.firstIndex(of: module) ?? 0
        let sections = HTML.join(
            module.sections.map { section in
                "<h2>\(section.heading)</h2>\(HTML.join(section.paragraphs.map { "<p>\($0)</p>" as HTML }))" as HTML
            })
        let points = HTML.join(module.keyPoints.map { "<li>\($0)</li>" as HTML })
        let references = HTML.join(
            module.references.map { "<li>\($0.text) <span class=\"support\">(\($0.source))</span></li>" as HTML })
        let mark: HTML =
            completedOn.map { "<p class=\"notice success\">You marked this module as read on \($0.iso).</p>" } ?? """
                <form method="post" action="/me/learn/\(module.id)/done">\(Layout.csrfField(viewer.csrfToken))<button type="submit">I have read this module</button></form>
                """
        let next: HTML =
            index + 1 < modules.count
            ? "<a href=\"/me/learn/\(modules[index + 1].id)\">Next: \(modules[index + 1].title)</a>"
            : "<a href=\"/me/learn\">Back to the course</a>"
        let body: HTML = """
            <article>
            <h1>\(module.title)</h1>
            <p class="lead">Module \(index + 1) of \(modules.count) · \(module.minutes) minutes · <a href="/me/learn">all modules</a></p>
            <p><strong>\(module.summary)</strong></p>
            \(sections)
            <div class="card"><h2>In short</h2><ul>\(points)</ul></div>
            <h2>Sources</h2><ul class="refs">\(references)</ul>
            \(mark)
            <p>\(next)</p>
            </article>
            """
        return Layout.page(title: module.title, viewer: viewer, body: body)
    }
}
