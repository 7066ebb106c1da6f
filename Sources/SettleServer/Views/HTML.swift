import Foundation
import Hummingbird
import SettleReports

/// A fragment of HTML whose interpolated strings are escaped by default.
///
/// `"<p>\(name)</p>" as HTML` escapes `name`; nested `HTML` values are inserted as they are;
/// `\(raw: svg)` inserts trusted markup (for example SVG produced by `SettleCharts`).
public struct HTML: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The rendered markup.
    public private(set) var rendered: String

    /// Trusted markup, inserted without escaping.
    public init(raw: String) { self.rendered = raw }

    public init(stringLiteral value: String) { self.rendered = value }

    public init(stringInterpolation: StringInterpolation) { self.rendered = stringInterpolation.output }

    public var description: String { rendered }

    /// The empty fragment.
    public static let empty = HTML(raw: "")

    /// Fragments joined in order.
    public static func join(_ parts: some Sequence<HTML>, separator: String = "") -> HTML {
        HTML(raw: parts.map(\.rendered).joined(separator: separator))
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values (shared with the reports).
    public static func escape(_ text: String) -> String { htmlEscape(text) }

    public struct StringInterpolation: StringInterpolationProtocol {
        var output = ""
        public init(literalCapacity: Int, interpolationCount: Int) { output.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { output += literal }
        public mutating func appendInterpolation(_ text: String) { output += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { output += HTML.escape(text ?? "") }
        public mutating func appendInterpolation(_ html: HTML) { output += html.rendered }
        public mutating func appendInterpolation(_ parts: [HTML]) { output += parts.map(\.rendered).joined() }
        public mutating func appendInterpolation(raw: String) { output += raw }
        public mutating func appendInterpolation<Number: Numeric>(_ number: Number) { output += HTML.escape("\(number)") }
    }
}

extension HTML: ResponseGenerator {
    /// A `200 OK` `text/html` response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        HTMLPage(status: .ok, body: self).response()
    }
}

/// An HTML body with a status code (for example a form re-shown with `422`).
public struct HTMLPage: ResponseGenerator, Sendable {
    public var status: HTTPResponse.Status
    public var body: HTML
    public var headers: HTTPFields

    public init(status: HTTPResponse.Status = .ok, body: HTML, headers: HTTPFields = [:]) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    func response() -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.cacheControl] = "no-store"
        SecurityHeaders.apply(to: &fields)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body.rendered)))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response { response() }
}
