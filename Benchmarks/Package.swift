// swift-tools-version:6.2
import PackageDescription

// Benchmarks live in their own package (as swift-nio does) so `swift build` and `swift test`
// of Settle never compile them. Run: `Benchmarks/run.sh` (see docs/PERFORMANCE.md).
let package = Package(
    name: "SettleBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "settle", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ModelBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "SettleModel", package: "settle"),
            ],
            path: "Benchmarks/ModelBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "CareBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "SettleModel", package: "settle"),
                .product(name: "SettleCare", package: "settle"),
            ],
            path: "Benchmarks/CareBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "TrialBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "SettleTrials", package: "settle"),
            ],
            path: "Benchmarks/TrialBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
