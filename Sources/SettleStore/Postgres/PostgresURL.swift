import Foundation
import PostgresNIO
import SettleCare

/// A parsed PostgreSQL connection URL:
/// `postgres://user:password@host:port/database?sslmode=disable|prefer|require|verify-full&schema=name&pool_size=20`.
///
/// The port defaults to 5432. `sslmode` defaults to `disable`; `prefer` and `require` encrypt
/// without verifying the certificate (as libpq does), `verify-full` verifies it against the
/// system trust roots. `schema` (optional) sets the connections' `search_path`, so one database
/// can hold several independent Settle schemas (the contract tests use one per test).
/// `pool_size` (1–1000, default 20) is the most connections the store opens at once.
/// User name and password may be percent-encoded.
public struct PostgresURL: Equatable, Sendable {
    /// How the connection is encrypted.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, without certificate verification.
        case prefer
        /// TLS always, without certificate verification.
        case require
        /// TLS always, certificate verified against the system trust roots.
        case verifyFull = "verify-full"
    }

    /// Server host name or IP address.
    public var host: String
    /// TCP port, 1–65535 (default 5432).
    public var port: Int
    /// Role to log in as (percent-decoded).
    public var user: String
    /// Password (percent-decoded); nil when the URL has none.
    public var password: String?
    /// Database name.
    public var database: String
    /// Encryption of the connection (default `disable`).
    public var sslMode: SSLMode
    /// Schema put first on the `search_path`; nil for the server's default (`public`).
    public var schema: String?
    /// Most connections the pool opens at once (1–1000, default 20).
    public var poolSize: Int

    /// Parses `text`; throws ``StoreError/invalid(_:)`` naming the bad part (`DATABASE_URL.host`, …).
    public init(parsing text: String) throws(StoreError) {
        func problem(_ field: String, _ message: String) -> StoreError {
            .invalid([RecordProblem(field: "DATABASE_URL.\(field)", message: message)])
        }
        guard let components = URLComponents(string: text) else {
            throw problem("url", "is not a URL; write postgres://user:password@host:5432/database")
        }
        guard components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw problem("scheme", "must be postgres:// or postgresql://, got '\(components.scheme ?? "")'")
        }
        guard let host = components.host, !host.isEmpty else { throw problem("host", "is missing") }
        guard let user = components.user, !user.isEmpty else { throw problem("user", "is missing") }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw problem("port", "must be 1–65535, got \(port)") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw problem("database", "is missing; add /database_name after the host") }
        let query = components.queryItems ?? []
        let modeText = query.first(where: { $0.name == "sslmode" })?.value ?? "disable"
        guard let sslMode = SSLMode(rawValue: modeText) else {
            throw problem("sslmode", "must be disable, prefer, require or verify-full, got '\(modeText)'")
        }
        let schema = query.first(where: { $0.name == "schema" })?.value
        if let schema {
            guard !schema.isEmpty, schema.count <= 63,
                schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else { throw problem("schema", "must be 1–63 letters, digits or underscores, got '\(schema)'") }
        }
        let poolText = query.first(where: { $0.name == "pool_size" })?.value ?? "20"
        guard let poolSize = Int(poolText), (1...1000).contains(poolSize) else {
            throw problem("pool_size", "must be a whole number of connections, 1–1000, got '\(poolText)'")
        }
        self.host = host
        self.port = port
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database
        self.sslMode = sslMode
        self.schema = schema
        self.poolSize = poolSize
    }

    /// The PostgresNIO client configuration for this URL. With `keepConnectionsOpen` the pool
    /// opens all ``poolSize`` connections and keeps them (a long-running server); otherwise it opens
    /// them on demand and closes them after a minute idle (tests, one-off commands).
    ///
    /// Why a server keeps them: the pool arms an idle-timeout timer (60 s) each time an on-demand
    /// connection is returned, and a cancelled timer's memory (≈ 0.4 kB) is only freed at its
    /// deadline — at thousands of queries a second that held over 100 MB. Connections kept open
    /// have no idle timer; only the keep-alive timer (30 s) remains.
    public func configuration(keepConnectionsOpen: Bool) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case .disable: tls = .disable
        case .prefer, .require:
            var unverified = TLSConfiguration.makeClientConfiguration()
            unverified.certificateVerification = .none
            tls = sslMode == .prefer ? .prefer(unverified) : .require(unverified)
        case .verifyFull: tls = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        configuration.options.maximumConnections = poolSize
        configuration.options.minimumConnections = keepConnectionsOpen ? poolSize : 0
        return configuration
    }
}
