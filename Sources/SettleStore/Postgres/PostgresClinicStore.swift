import Foundation
import Logging
import PostgresNIO

/// The shared store: PostgreSQL through PostgresNIO's `PostgresClient` (a connection pool).
///
/// The client must be running for queries to work: either add ``client`` to your
/// ServiceLifecycle `ServiceGroup` (it is a `Service`), call ``run()`` in a long-lived task, or
/// use ``withStore(url:logger:_:)`` which runs it around a closure. Call ``migrate()`` once after start
/// (concurrent instances are serialised by an advisory lock).
public struct PostgresClinicStore: SQLClinicStore {
    /// The PostgresNIO connection pool.
    public let client: PostgresClient
    public let engine: SQLEngine

    /// Wraps a configured client (not yet necessarily running). `timeout` bounds each operation,
    /// including the wait for a connection; past it the operation fails with ``StoreError/unavailable(_:)``.
    public init(
        client: PostgresClient, logger: Logger = Logger(label: "settle.store.postgres"), timeout: Duration = .seconds(30)
    ) {
        self.client = client
        self.engine = SQLEngine(backend: PostgresBackend(client: client, logger: logger, timeout: timeout))
    }

    /// Builds a client from a connection URL such as `postgres://settle:settle@127.0.0.1:5432/settle_test`
    /// (see ``PostgresURL``). Remember to run the client. A long-running server passes
    /// `keepConnectionsOpen` (see ``PostgresURL/configuration(keepConnectionsOpen:)``).
    public init(
        url: String, logger: Logger = Logger(label: "settle.store.postgres"), timeout: Duration = .seconds(30),
        keepConnectionsOpen: Bool = false
    ) throws(StoreError) {
        let configuration = try PostgresURL(parsing: url).configuration(keepConnectionsOpen: keepConnectionsOpen)
        self.init(
            client: PostgresClient(configuration: configuration, backgroundLogger: logger), logger: logger, timeout: timeout)
    }

    /// Runs the connection pool until the calling task is cancelled.
    public func run() async {
        await client.run()
    }

    /// Opens a store for `url`, runs its client while `body` executes, then shuts the client down.
    public static func withStore<Result>(
        url: String, logger: Logger = Logger(label: "settle.store.postgres"), timeout: Duration = .seconds(30),
        _ body: (PostgresClinicStore) async throws -> Result
    ) async throws -> Result {
        let store = try PostgresClinicStore(url: url, logger: logger, timeout: timeout)
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask { await store.client.run() }
            defer { group.cancelAll() }
            return try await body(store)
        }
    }
}
