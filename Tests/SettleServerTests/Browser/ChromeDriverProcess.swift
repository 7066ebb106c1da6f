import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Finds Chromium and chromedriver on `PATH`, starts the driver on a free port, and stops it.
final class ChromeDriverProcess: @unchecked Sendable {
    /// Paths of the two programs, or nil when either is missing.
    static let programs: (chromium: String, driver: String)? = {
        guard let driver = which("chromedriver"),
            let chromium = which("chromium") ?? which("chromium-browser") ?? which("google-chrome")
        else {
            return nil
        }
        return (chromium, driver)
    }()

    /// True when the tests run in CI (`CI=true`): then a missing browser is a failure, not a skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true" }

    /// Why the browser tests cannot run here, or nil when they can.
    static var unavailableReason: String? {
        programs == nil ? "chromium and chromedriver are not on PATH (apt-get install -y chromium chromium-driver)" : nil
    }

    let process: Process
    let url: URL

    /// How long one start may take before it is retried; generous because the whole test suite
    /// (server builds, PostgreSQL, other browsers) competes for the same two cores in CI.
    static let readyTimeout: Duration = .seconds(60)

    /// Starts chromedriver on a port the kernel reports free, retrying on a new port (up to three
    /// starts) when the driver exits early — e.g. because another process took the port meanwhile.
    init(driver: String) async throws {
        var failures: [String] = []
        for _ in 0..<3 {
            let port = Self.freePort() ?? Int.random(in: 20_000...60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: driver)
            process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let url = URL(string: "http://127.0.0.1:\(port)")!
            switch await Self.waitUntilReady(process: process, url: url, port: port) {
            case nil:
                self.process = process
                self.url = url
                return
            case let failure?:
                Self.kill(process)
                failures.append(failure)
            }
        }
        throw WebDriver.Failure(description: "chromedriver did not start: " + failures.joined(separator: "; "))
    }

    /// Nil once the driver answers `/status` with ready; otherwise why it did not.
    private static func waitUntilReady(process: Process, url: URL, port: Int) async -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now + readyTimeout
        while clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(100))
            guard process.isRunning else { return "the driver exited (status \(process.terminationStatus)) on port \(port)" }
            guard isListening(port: port) else { continue }
            if let value = try? await WebDriver.call(url.appendingPathComponent("status"), method: "GET", body: nil),
                (value as? [String: Any])?["ready"] as? Bool == true
            {
                return nil
            }
        }
        return "not ready on port \(port) within \(readyTimeout)"
    }

    /// A TCP port that was free a moment ago (bound to port 0 and released).
    static func freePort() -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    private static func kill(_ process: Process) {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Ends the driver (SIGKILL: chromedriver ignores SIGTERM while a session is open) and waits for it.
    func stop() { Self.kill(process) }

    /// Whether something accepts TCP connections on 127.0.0.1:`port` (checked with a plain socket,
    /// because the NIO test client waits indefinitely on a refused connection).
    static func isListening(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result == 0
    }

    private static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
