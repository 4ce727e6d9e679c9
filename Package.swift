// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Apertura",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "apertura", targets: ["apertura"]),
        .executable(name: "cel-conformance", targets: ["cel-conformance"]),
        .executable(name: "apertura-bench", targets: ["apertura-bench"]),
        .library(name: "AperturaEngine", targets: ["AperturaEngine"]),
        .library(name: "AperturaExpressions", targets: ["AperturaExpressions"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        // libyaml from Debian's libyaml-dev, found through pkg-config.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "AperturaSource"),
        .target(name: "AperturaYAML", dependencies: ["CLibYAML", "AperturaSource"]),
        .target(name: "AperturaExpressions", dependencies: ["AperturaSource"]),
        .target(name: "AperturaModel", dependencies: ["AperturaSource"]),
        .target(
            name: "AperturaLoader",
            dependencies: ["AperturaSource", "AperturaYAML", "AperturaModel", "AperturaExpressions"]
        ),
        .target(
            name: "AperturaEngine",
            dependencies: ["AperturaSource", "AperturaYAML", "AperturaModel", "AperturaLoader", "AperturaExpressions"]
        ),
        .target(name: "AperturaReports", dependencies: ["AperturaSource", "AperturaModel", "AperturaEngine"]),
        // Tools for policy authors: lint, rule tests, explain, diff, editor schemas.
        .target(
            name: "AperturaAuthoring",
            dependencies: [
                "AperturaSource", "AperturaYAML", "AperturaModel", "AperturaLoader", "AperturaEngine",
                "AperturaExpressions", "AperturaReports",
                // `diff` searches folders for self-assessments as `batch` does (pipes, links, repeats).
                "AperturaBatch",
            ]
        ),
        // Batch runs for oversight bodies: inputs, aggregates, batch reports, the synthetic population.
        .target(
            name: "AperturaBatch",
            dependencies: ["AperturaSource", "AperturaYAML", "AperturaModel", "AperturaLoader", "AperturaEngine", "AperturaReports"]
        ),
        .executableTarget(
            name: "apertura",
            dependencies: [
                "AperturaSource", "AperturaYAML", "AperturaModel", "AperturaLoader",
                "AperturaEngine", "AperturaReports", "AperturaAuthoring", "AperturaBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        .executableTarget(name: "cel-conformance", dependencies: ["AperturaExpressions", "AperturaSource"]),
        .executableTarget(
            name: "apertura-bench",
            dependencies: ["AperturaYAML", "AperturaLoader", "AperturaEngine", "AperturaExpressions", "AperturaBatch", "CLibYAML"]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AperturaYAMLTests", dependencies: ["AperturaYAML", "TestSupport"]),
        .testTarget(name: "AperturaExpressionsTests", dependencies: ["AperturaExpressions", "TestSupport"]),
        .testTarget(
            name: "AperturaEngineTests",
            dependencies: ["AperturaLoader", "AperturaEngine", "AperturaReports", "AperturaYAML", "TestSupport"]
        ),
        .testTarget(
            name: "AperturaAuthoringTests",
            dependencies: ["AperturaAuthoring", "AperturaLoader", "AperturaEngine", "AperturaModel", "AperturaSource", "TestSupport"]
        ),
        .testTarget(
            name: "AperturaBatchTests",
            dependencies: [
                "AperturaBatch", "AperturaLoader", "AperturaEngine", "AperturaModel", "AperturaReports", "AperturaSource", "TestSupport",
            ]
        ),
        .testTarget(name: "AperturaCLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
