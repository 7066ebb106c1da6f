import Configuration
import Foundation

/// Everything `settle serve` can be told, read once from a `ConfigReader`.
///
/// Keys (flag / environment variable / default):
/// - `http.host` (`--hostname` / `HTTP_HOST` / `127.0.0.1`), `http.port` (`--port` / `HTTP_PORT` / `8080`)
/// - `data.dir` (`--data-dir` / `DATA_DIR` / `./data`): folder of the SQLite file `settle.sqlite`
/// - `database.url` (`--database-url` / `DATABASE_URL` / none): `postgres://user:pass@host:5432/db`
///   selects PostgreSQL, `sqlite::memory:` an in-memory SQLite database (tests)
/// - `demo.seed` (`--no-demo` sets false / `DEMO_SEED` / `true`): seed the demo clinic into an empty database
/// - `bcrypt.cost` (`BCRYPT_COST` / `12`, range 4–31): work factor for new password hashes
/// - `cookie.secure` (`COOKIE_SECURE` / `false`): mark the session cookie `Secure` (set behind HTTPS)
public struct ServerSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var dataDirectory: String
    public var databaseURL: String?
    public var seedDemo: Bool
    public var bcryptCost: Int
    public var secureCookies: Bool

    public init(reader: ConfigReader) {
        host = reader.string(forKey: "http.host", default: "127.0.0.1")
        port = reader.int(forKey: "http.port", default: 8080)
        dataDirectory = reader.string(forKey: "data.dir", default: "./data")
        databaseURL = reader.string(forKey: "database.url", isSecret: true)
        seedDemo = reader.bool(forKey: "demo.seed", default: true)
        bcryptCost = min(max(reader.int(forKey: "bcrypt.cost", default: 12), 4), 31)
        secureCookies = reader.bool(forKey: "cookie.secure", default: false)
    }

    /// Path of the SQLite database file inside the data folder.
    public var sqlitePath: String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("settle.sqlite").path
    }

    /// The address printed at start-up.
    public var baseURL: String {
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        return "http://\(shownHost):\(port)"
    }

    /// Problems that stop the server from starting, each naming the setting to fix.
    public func validate() throws(SettingsError) {
        guard (0...65535).contains(port) else {
            throw .invalid("http.port (--port / HTTP_PORT) must be 0–65535 (0 picks a free port); got \(port)")
        }
        guard !host.isEmpty else { throw .invalid("http.host (--hostname / HTTP_HOST) must not be empty") }
        if let url = databaseURL, !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") || url.hasPrefix("sqlite:")) {
            throw .invalid("database.url (--database-url / DATABASE_URL) must start with postgres://, postgresql:// or sqlite:")
        }
    }
}

/// A setting that cannot be used, with what to change.
public enum SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let message): "Invalid setting: \(message)"
        }
    }
}
