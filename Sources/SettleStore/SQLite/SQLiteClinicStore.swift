import Foundation
import GRDB

/// The embedded store: SQLite through GRDB 7.
///
/// - ``init(folder:)`` opens (and creates) `settle.sqlite` in a data folder as a WAL-mode
///   `DatabasePool` with `synchronous = NORMAL`: one writer, concurrent readers — the production default.
/// - ``inMemory()`` opens a private in-memory `DatabaseQueue`, for tests and demos.
/// - ``init(writer:)`` takes any GRDB `DatabaseWriter` (GRDB's `AppDatabase` pattern).
///
/// Call ``migrate()`` once after opening.
public struct SQLiteClinicStore: SQLClinicStore {
    /// The GRDB database writer (pool or queue).
    public let writer: any DatabaseWriter
    public let engine: SQLEngine

    /// The database file name used inside a data folder.
    public static let fileName = "settle.sqlite"

    /// Wraps an open GRDB database writer. Foreign keys must be enabled (GRDB's default).
    public init(writer: any DatabaseWriter) {
        self.writer = writer
        self.engine = SQLEngine(backend: GRDBBackend(writer: writer))
    }

    /// Opens `folder/settle.sqlite` (creating the folder and the file when missing) in WAL mode.
    public init(folder: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unavailable("cannot create the data folder \(folder.path): \(error.localizedDescription)")
        }
        let path = folder.appendingPathComponent(Self.fileName).path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            // Reads run on the caller's thread (GRDBBackend.readNow): one reader per core at least.
            configuration.maximumReaderCount = max(5, ProcessInfo.processInfo.activeProcessorCount)
            // WAL with synchronous=NORMAL: commits no longer wait for an fsync (the WAL is synced at
            // checkpoints), which is what lets one writer take thousands of small transactions a
            // second. The database cannot be corrupted by a crash or power loss; a power loss (not
            // an app crash) may undo the last transactions before the checkpoint. See docs/STORAGE.md.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            self.init(writer: try DatabasePool(path: path, configuration: configuration))
        } catch {
            throw .unavailable("cannot open the SQLite database \(path): \(error)")
        }
    }

    /// A fresh, private in-memory database (lost when the store is released).
    public static func inMemory() throws(StoreError) -> SQLiteClinicStore {
        do {
            return SQLiteClinicStore(writer: try DatabaseQueue())
        } catch {
            throw .unavailable("cannot open an in-memory SQLite database: \(error)")
        }
    }
}
