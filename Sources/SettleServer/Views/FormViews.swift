import Foundation

/// Labelled inputs with their validation messages (`aria-describedby`, `aria-invalid`).
enum Field {
    static func text(
        _ name: String, label: String, value: String?, errors: FieldErrors, type: String = "text",
        hint: String? = nil, required: Bool = false, autocomplete: String? = nil, extra: String = ""
    ) -> HTML {
        let id = "f-" + name
        let error = errors[name]
        let describedBy = [error != nil ? id + "-error" : nil, hint != nil ? id + "-hint" : nil].compactMap { $0 }.joined(
            separator: " ")
        let attributes = HTML(
            raw: (required ? " required" : "") + (error != nil ? " aria-invalid=\"true\"" : "")
                + (describedBy.isEmpty ? "" : " aria-describedby=\"\(describedBy)\"")
                + (autocomplete.map { " autocomplete=\"\(HTML.escape($0))\"" } ?? "") + (extra.isEmpty ? "" : " " + extra))
        return """
            <div><label for="\(id)">\(label)</label>\
            <input type="\(type)" id="\(id)" name="\(name)" value="\(value ?? "")"\(attributes)>\
            \(hintAndError(id: id, hint: hint, error: error))</div>
            """
    }

    static func textarea(_ name: String, label: String, value: String?, errors: FieldErrors, hint: String? = nil) -> HTML {
        let id = "f-" + name
        let error = errors[name]
        let invalid = HTML(raw: error != nil ? " aria-invalid=\"true\" aria-describedby=\"\(id)-error\"" : "")
        return """
            <div><label for="\(id)">\(label)</label>\
            <textarea id="\(id)" name="\(name)"\(invalid)>\(value ?? "")</textarea>\
            \(hintAndError(id: id, hint: hint, error: error))</div>
            """
    }

    static func select(
        _ name: String, label: String, options: [(value: String, label: String)], selected: String?, errors: FieldErrors
    ) -> HTML {
        let id = "f-" + name
        let error = errors[name]
        let optionTags = HTML.join(
            options.map { option in
                let mark = HTML(raw: option.value == selected ? " selected" : "")
                return "<option value=\"\(option.value)\"\(mark)>\(option.label)</option>"
            })
        let invalid = HTML(raw: error != nil ? " aria-invalid=\"true\" aria-describedby=\"\(id)-error\"" : "")
        return """
            <div><label for="\(id)">\(label)</label>\
            <select id="\(id)" name="\(name)"\(invalid)>\(optionTags)</select>\
            \(hintAndError(id: id, hint: nil, error: error))</div>
            """
    }

    static func checkbox(_ name: String, label: String, checked: Bool) -> HTML {
        let mark = HTML(raw: checked ? " checked" : "")
        return
            "<div><label class=\"inline\"><input type=\"checkbox\" name=\"\(name)\" value=\"on\"\(mark)> \(label)</label></div>"
    }

    private static func hintAndError(id: String, hint: String?, error: String?) -> HTML {
        var parts: [HTML] = []
        if let hint { parts.append("<p class=\"hint\" id=\"\(id)-hint\">\(hint)</p>") }
        if let error { parts.append("<p class=\"field-error\" id=\"\(id)-error\">\(error)</p>") }
        return HTML.join(parts)
    }

    /// A summary of all problems at the top of a form.
    static func errorSummary(_ errors: FieldErrors) -> HTML {
        guard !errors.isEmpty else { return .empty }
        let items = HTML.join(errors.messages.sorted { $0.key < $1.key }.map { "<li>\($0.value)</li>" as HTML })
        return "<div class=\"notice error\" role=\"alert\"><p>Please correct the following:</p><ul>\(items)</ul></div>"
    }
}
