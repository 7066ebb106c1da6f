import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import SettleStore

/// Opens the store that the settings name: PostgreSQL for a `postgres://` URL, an in-memory
/// SQLite database for `sqlite::memory:`, otherwise `settle.sqlite` in the data folder.
enum StoreOpener {
    struct Opened: Sendable {
        var store: any ClinicStore
        /// Background services the store needs (the PostgreSQL connection pool).
        var services: [any Service]
    }

    static func open(settings: ServerSettings, logger: Logger) throws -> Opened {
        if let url = settings.databaseURL {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                let store = try PostgresClinicStore(url: url, logger: logger, keepConnectionsOpen: true)
                return Opened(store: store, services: [store.client])
            }
            if url == "sqlite::memory:" { return Opened(store: try SQLiteClinicStore.inMemory(), services: []) }
            if url.hasPrefix("sqlite:") {
                let path = String(url.dropFirst("sqlite:".count))
                return Opened(store: try SQLiteClinicStore(folder: URL(fileURLWithPath: path)), services: [])
            }
        }
        return Opened(store: try SQLiteClinicStore(folder: URL(fileURLWithPath: settings.dataDirectory)), services: [])
    }
}

extension ServerSettings {
    /// Where the data lives, without any password.
    public var databaseDescription: String {
        guard let url = databaseURL else { return "SQLite " + sqlitePath }
        if url.hasPrefix("sqlite:") { return url == "sqlite::memory:" ? "SQLite in memory" : "SQLite in " + url.dropFirst(7) }
        guard let components = URLComponents(string: url) else { return "PostgreSQL" }
        return "PostgreSQL \(components.host ?? "")\(components.port.map { ":\($0)" } ?? "")\(components.path)"
    }
}
