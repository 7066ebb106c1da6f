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

    init(driver: String) async throws {
        let port = Int.random(in: 20_000...60_000)
        process = Process()
        process.executableURL = URL(fileURLWithPath: driver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        url = URL(string: "http://127.0.0.1:\(port)")!
        for _ in 0..<100 {
            try await Task.sleep(for: .milliseconds(100))
            guard Self.isListening(port: port) else { continue }
            if let value = try? await WebDriver.call(url.appendingPathComponent("status"), method: "GET", body: nil),
                (value as? [String: Any])?["ready"] as? Bool == true
            {
                return
            }
        }
        stop()
        throw WebDriver.Failure(description: "chromedriver did not become ready on port \(port) within 10 s")
    }

    /// Ends the driver (SIGKILL: chromedriver ignores SIGTERM while a session is open) and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

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
