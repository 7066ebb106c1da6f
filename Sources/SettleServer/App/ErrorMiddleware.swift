import Foundation
import Hummingbird
import Logging
import SettleStore

/// Turns every error into a proper response: JSON under `/api/`, an HTML page elsewhere.
///
/// Bad input is a 4xx with a message saying what to fix (field errors → `422`, store conflicts →
/// `409`, unknown records → `404`); a signed-out browser is sent to the login page; only
/// unexpected failures become `500` (logged, with no internals shown).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem(error)
            if problem.status == .internalServerError {
                context.logger.error("Unhandled error on \(request.method) \(request.uri.path): \(String(reflecting: error))")
            }
            if request.uri.path.hasPrefix("/api/") {
                return problem.jsonResponse()
            }
            if problem.status == .unauthorized {
                let next =
                    request.uri.path == "/"
                    ? ""
                    : "?next="
                        + (request.uri.path.addingPercentEncoding(
                            withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_"))) ?? "")
                // A write refused because its session had ended says so on the login page.
                let ended = (error as? StoreError) == .sessionEnded ? (next.isEmpty ? "?ended=1" : "&ended=1") : ""
                return Response.redirect(to: "/login" + next + ended, type: .found)
            }
            return problem.htmlResponse()
        }
    }
}

/// An error as the client sees it.
struct Problem: Sendable, Codable, Equatable {
    var statusCode: Int
    var message: String
    var fields: [String: String]?

    var status: HTTPResponse.Status { .init(code: statusCode) }

    init(status: HTTPResponse.Status, message: String, fields: [String: String]? = nil) {
        self.statusCode = status.code
        self.message = message
        self.fields = fields
    }

    init(_ error: any Error) {
        switch error {
        case let errors as FieldErrors:
            self.init(status: .unprocessableContent, message: "Some fields need correcting.", fields: errors.messages)
        case let error as StoreError:
            switch error {
            case .notFound(let entity, let id):
                self.init(status: .notFound, message: "No \(entity) with id \(id).")
            case .conflict(let field, let detail):
                self.init(status: .conflict, message: detail, fields: [field: detail])
            case .invalid(let problems):
                self.init(
                    status: .unprocessableContent, message: "Some fields need correcting.",
                    fields: FieldErrors(problems: problems).messages)
            case .unavailable:
                self.init(status: .serviceUnavailable, message: "The database is unavailable. Try again shortly.")
            case .sessionEnded:
                self.init(status: .unauthorized, message: "Your session has ended. Sign in again; nothing was saved.")
            }
        case let error as DecodingError:
            self.init(status: .badRequest, message: "The JSON body could not be read: \(Self.describe(error))")
        case let error as any HTTPResponseError:
            let message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            self.init(status: error.status, message: message)
        default:
            self.init(status: .internalServerError, message: "Something went wrong on the server. The error has been logged.")
        }
    }

    private struct Envelope: Codable { var error: Problem }

    private enum CodingKeys: String, CodingKey {
        case statusCode = "status"
        case message, fields
    }

    func jsonResponse() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(Envelope(error: self))) ?? Data("{\"error\":{\"status\":500}}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func htmlResponse() -> Response {
        let title = "\(statusCode) \(status.reasonPhrase)"
        let body: HTML = """
            <div class="card"><h1>\(title)</h1><p>\(message)</p><p><a href="/">Back to the start page</a></p></div>
            """
        return HTMLPage(status: status, body: Layout.page(title: title, viewer: nil, body: body)).response()
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return text.isEmpty ? "the body" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "missing field “\(key.stringValue)”" + (context.codingPath.isEmpty ? "" : " in \(parent)")
        case .typeMismatch(let type, let context): return "\(path(context)) must be \(type)"
        case .valueNotFound(let type, let context): return "\(path(context)) must be a \(type), not null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context)): \(context.debugDescription)"
        @unknown default: return "invalid JSON"
        }
    }
}
