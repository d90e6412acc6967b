// swift-tools-version:6.2
import PackageDescription

// Targets follow ARCHITECTURE.md: C system libraries wrapped once, pure domain logic with no I/O,
// a store that owns all SQL, the HTTP API, and a thin executable. Hummingbird stays out of the
// domain and store modules so most edits rebuild in seconds.
let package = Package(
    name: "supportbot",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "supportbot", targets: ["supportbot"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"4.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.7.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.1.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // No pkgConfig: its only flags are -D ones SwiftPM refuses (with a warning on every build);
        // the shim defines what they would, and the header is on the default include path.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "Postgres",
            dependencies: [
                "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HTTPClient",
            dependencies: ["CCurl", "Domain"]
        ),
        // posix_spawn attributes shared by $EDITOR and the tests' child processes.
        .target(name: "ProcessSpawn"),
        .target(
            name: "Domain",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto")
            ]
        ),
        .target(
            name: "Store",
            dependencies: [
                "Postgres", "Domain",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // API keys and who holds them: the per-process key cache (runtime layer).
        .target(
            name: "Auth",
            dependencies: [
                "Store", "Postgres", "Domain",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "API",
            dependencies: [
                "Telemetry", "Auth",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                "Store", "Domain", "Postgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Jobs",
            dependencies: [
                "Store", "Postgres", "Domain", "Telemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Telemetry",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(
            name: "Flags",
            dependencies: [
                "Store", "Postgres", "Domain", "Telemetry",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "LocalModel",
            dependencies: ["Domain"]
        ),
        .target(
            name: "Gateway",
            dependencies: [
                "Domain", "Store", "Postgres", "HTTPClient", "LocalModel", "Telemetry",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "Domain", "Store", "Jobs", "Gateway", "LocalModel",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "FakeLLM",
            dependencies: [
                "Domain", "LocalModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Webhooks",
            dependencies: [
                "Domain", "HTTPClient",
            ]
        ),
        .target(
            name: "Delivery",
            dependencies: [
                "Domain", "Store", "Jobs", "Webhooks", "HTTPClient", "Telemetry", "Postgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The pure core of `supportbot dashboard`: view model, renderer to a cell grid, grid diff.
        // No I/O: it builds and tests without a terminal, ncurses or a database.
        .target(name: "DashboardCore", dependencies: ["Domain"]),
        // The terminal app around DashboardCore: ncurses on one UI thread, the HTTP API, its event stream.
        .target(
            name: "Dashboard",
            dependencies: [
                "DashboardCore", "CNcursesw", "HTTPClient", "Domain", "ProcessSpawn",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "Postgres", "Store", "Domain", "HTTPClient", "ProcessSpawn", "API", "Auth",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "supportbot",
            dependencies: [
                "API", "Store", "Domain", "Postgres", "HTTPClient", "Webhooks", "Jobs", "Flags", "Telemetry",
                "Gateway", "FakeLLM", "LocalModel", "Pipeline", "TestSupport", "Delivery", "Dashboard", "DashboardCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Fuzz targets for code that takes bytes from strangers (Tests/Fuzz/run.sh builds it with
        // libFuzzer; built normally it replays saved inputs). Not part of the shipped product.
        .executableTarget(name: "supportbot-fuzz", dependencies: ["Domain"]),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport"]),
        .testTarget(name: "HTTPClientTests", dependencies: ["HTTPClient"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "DashboardCoreTests", dependencies: ["DashboardCore", "Domain"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: [
                "Dashboard", "DashboardCore", "Store", "Postgres", "Domain", "TestSupport", "HTTPClient",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "LocalModelTests", dependencies: ["LocalModel", "Domain"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Gateway", "Domain", "FakeLLM"]),
        .testTarget(
            name: "GatewayTests",
            dependencies: [
                "Gateway", "FakeLLM", "Store", "Postgres", "Domain", "HTTPClient", "TestSupport", "Telemetry",
                "Webhooks",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DrillTests",
            dependencies: ["Store", "Postgres", "Domain", "HTTPClient", "TestSupport", "Webhooks"]
        ),
        .testTarget(
            name: "JobsTests",
            dependencies: [
                "Jobs", "Store", "Postgres", "Domain", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "DeliveryTests",
            dependencies: [
                "Delivery", "Store", "Postgres", "Domain", "HTTPClient", "TestSupport", "Webhooks",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "TelemetryTests",
            dependencies: ["Telemetry", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "FlagsTests",
            dependencies: [
                "Flags", "Store", "Postgres", "Domain", "TestSupport", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "StoreTests",
            dependencies: [
                "Store", "Postgres", "Domain", "TestSupport", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "APITests",
            dependencies: [
                "API", "Store", "Postgres", "Domain", "TestSupport", "HTTPClient", "Webhooks", "Jobs", "Telemetry",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
