import Foundation
import Hummingbird

/// JSON in and out of the API: ISO 8601 dates, days as `YYYY-MM-DD`, sorted keys.
enum APIJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// A JSON response with `status`.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder().encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes the body (at most 1 MiB); malformed JSON or wrong types are a `400` naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        guard buffer.readableBytes > 0 else { throw HTTPError(.badRequest, message: "The request needs a JSON body.") }
        return try decoder().decode(T.self, from: Data(buffer.readableBytesView))
    }
}
