import Configuration
import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import SettleCare
import SettleStore
import Synchronization

/// Builds the clinic application from configuration.
///
/// Opens the store named by `database.url` or `data.dir` (see ``ServerSettings``); before the
/// server starts it migrates the schema and, when `demo.seed` is true, seeds the demo clinic
/// into an empty database. It binds to `http.host`:`http.port`.
///
/// - Parameters:
///   - reader: flags, then environment, then defaults
///   - store: an already opened store to use instead (tests inject an in-memory SQLite store)
///   - now: the clock (tests fix it)
///   - onReady: called once the server listens, with what to print (URL, demo login)
public func buildApplication(
    reader: ConfigReader,
    store injected: (any ClinicStore)? = nil,
    now: @escaping @Sendable () -> Date = { Date() },
    onReady: @escaping @Sendable (StartupSummary) -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let settings = ServerSettings(reader: reader)
    try settings.validate()
    var logger = Logger(label: "settle")
    logger.logLevel = Logger.Level(rawValue: reader.string(forKey: "log.level", default: "info")) ?? .info

    let opened =
        try injected.map { StoreOpener.Opened(store: $0, services: []) } ?? StoreOpener.open(settings: settings, logger: logger)
    let environment = ClinicEnvironment(store: opened.store, settings: settings, now: now)
    let demoLogin = Mutex<DemoLogin?>(nil)
    var app = Application(
        router: buildRouter(environment: environment),
        configuration: ApplicationConfiguration(reader: reader.scoped(to: "http")),
        services: opened.services,
        onServerRunning: { _ in
            onReady(
                StartupSummary(
                    url: settings.baseURL, demoLogin: demoLogin.withLock { $0 }, database: settings.databaseDescription))
        },
        logger: logger
    )
    app.beforeServerStarts {
        try await environment.store.migrate()
        if settings.seedDemo, let login = try await DemoClinic.seedIfEmpty(environment: environment) {
            demoLogin.withLock { $0 = login }
        }
    }
    return app
}

/// What `settle serve` prints once the server is listening.
public struct StartupSummary: Sendable {
    /// The clinic's address, e.g. `http://127.0.0.1:8080`.
    public var url: String
    /// The demo account created at this start, when the demo clinic was seeded now.
    public var demoLogin: DemoLogin?
    /// Where the data lives (SQLite path or PostgreSQL host), without any password.
    public var database: String
}

/// The router with every page, the JSON API and the stylesheet.
public func buildRouter(environment: ClinicEnvironment) -> Router<SettleRequestContext> {
    let router = Router(context: SettleRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    if let folder = Bundle.module.url(forResource: "Public", withExtension: nil) {
        router.add(middleware: FileMiddleware(folder.path, searchForIndexHtml: false))
    }
    router.get("/health") { _, _ in "ok" }

    // Browser pages: session cookie (stored in the database, hashed) → signed-in user. Each
    // request reads its session, except in `checkedInWrite`: routes whose one store call is a
    // write take the account from the instance's session cache and make the session check part
    // of that write (one round trip instead of two; see SessionCache).
    func pageGroup(_ cachedSessions: SessionAccountMiddleware.CachedSessions) -> RouterGroup<SettleRequestContext> {
        router.group()
            .add(
                middleware: SessionMiddleware(
                    storage: StoreSessionDriver(store: environment.store, cache: environment.sessionCache),
                    configuration: .init(
                        sessionCookieParameters: .init(
                            name: "settle_session", path: "/", secure: environment.settings.secureCookies,
                            sameSite: .lax),
                        keyPrefix: "web.",
                        defaultSessionExpiration: .seconds(12 * 60 * 60)))
            )
            .add(
                middleware: SessionAccountMiddleware(
                    store: environment.store, cache: environment.sessionCache, cachedSessions: cachedSessions))
    }
    let pages = pageGroup(.reread)
    let checkedInWrite = pageGroup(.checkedInWrite)
    AuthRoutes(env: environment).add(to: pages)
    ClinicianRoutes(env: environment).add(to: pages)
    PatientSelfRoutes(env: environment).add(to: pages, checkingSessionInWrite: checkedInWrite)
    AdminRoutes(env: environment).add(to: pages)
    InviteRoutes(env: environment).add(to: pages)

    // JSON API: bearer token → signed-in user.
    APIRoutes(env: environment).add(to: router.group("api/v1"))
    return router
}

/// Builds the application from `reader` and runs it until SIGINT or SIGTERM (used by `settle serve`).
public func runClinicServer(reader: ConfigReader, onReady: @escaping @Sendable (StartupSummary) -> Void) async throws {
    let app = try await buildApplication(reader: reader, onReady: onReady)
    try await app.runService()
}
