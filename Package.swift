// swift-tools-version:6.2
import PackageDescription

/// Settle: a runnable model of persistent pain as an over-protective nervous system,
/// the care engine that applies it to patients' diaries, and the clinic software around it.
///
/// Layout: pure core targets (`SettleModel`, `SettleCharts`, `SettleMeasures`, `SettleTrials`,
/// `SettleCare`, `SettleReports`) have no server or database dependency and build in seconds;
/// the shell (`SettleStore`, `SettleServer`, `settle`) adds Hummingbird, GRDB and PostgresNIO.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "settle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "settle", targets: ["settle"]),
        .library(name: "SettleModel", targets: ["SettleModel"]),
        .library(name: "SettleCharts", targets: ["SettleCharts"]),
        .library(name: "SettleMeasures", targets: ["SettleMeasures"]),
        .library(name: "SettleTrials", targets: ["SettleTrials"]),
        .library(name: "SettleCare", targets: ["SettleCare"]),
        .library(name: "SettleReports", targets: ["SettleReports"]),
        .library(name: "SettleInterop", targets: ["SettleInterop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // MARK: Pure core (no I/O, no server imports)
        .target(name: "SettleModel", swiftSettings: strict),
        .target(name: "SettleCharts", swiftSettings: strict),
        .target(name: "SettleMeasures", swiftSettings: strict),
        .target(name: "SettleTrials", dependencies: ["SettleModel"], swiftSettings: strict),
        .target(name: "SettleCare", dependencies: ["SettleModel", "SettleMeasures"], swiftSettings: strict),
        .target(name: "SettleInterop", dependencies: ["SettleModel", "SettleCare", "SettleMeasures"], swiftSettings: strict),
        .target(
            name: "SettleReports",
            dependencies: ["SettleModel", "SettleCharts", "SettleTrials", "SettleCare", "SettleMeasures"],
            swiftSettings: strict
        ),

        // MARK: Shell (storage, server, command line)
        .target(
            name: "SettleStore",
            dependencies: [
                "SettleCare", "SettleMeasures",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "SettleServer",
            dependencies: [
                "SettleModel", "SettleCharts", "SettleMeasures", "SettleTrials", "SettleCare", "SettleReports",
                "SettleStore", "SettleInterop",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdRouter", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Public")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "settle",
            dependencies: [
                "SettleModel", "SettleCharts", "SettleMeasures", "SettleTrials", "SettleCare", "SettleReports",
                "SettleStore", "SettleServer", "SettleInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict
        ),

        // MARK: Tests (mirror the modules)
        .testTarget(name: "SettleModelTests", dependencies: ["SettleModel"], swiftSettings: strict),
        .testTarget(
            name: "SettleChartsTests", dependencies: ["SettleCharts"], resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(name: "SettleMeasuresTests", dependencies: ["SettleMeasures"], swiftSettings: strict),
        .testTarget(name: "SettleTrialsTests", dependencies: ["SettleTrials", "SettleModel"], swiftSettings: strict),
        .testTarget(name: "SettleCareTests", dependencies: ["SettleCare", "SettleModel"], swiftSettings: strict),
        .testTarget(
            name: "SettleReportsTests",
            dependencies: ["SettleReports", "SettleCare", "SettleModel", "SettleTrials", "SettleCharts"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "SettleInteropTests", dependencies: ["SettleInterop", "SettleCare", "SettleMeasures"], exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(
            name: "SettleStoreTests",
            dependencies: [
                "SettleStore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SettleServerTests",
            dependencies: [
                "SettleServer", "SettleStore", "SettleCare", "SettleModel", "SettleMeasures", "SettleInterop",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SettleCLITests",
            dependencies: [
                "settle", "SettleCare", "SettleInterop", "SettleStore", "SettleMeasures", "SettleModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
    ]
)
