// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Sanya",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sanya", targets: ["sanya"]),
        // The input readers, for the fuzz targets of Fuzz/ (a package of their own).
        .library(name: "SanyaReaders", targets: ["SanyaFrontend", "SanyaModel", "SanyaSignatures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .target(name: "SanyaDiagnostics", dependencies: ["SanyaModel"]),
        .target(name: "SanyaModel"),
        .target(name: "SanyaSQL", dependencies: ["SanyaModel"]),
        // Approvals signed with SSH keys: the substance's digest, SSHSIG verification, the roster's judgement.
        .target(name: "SanyaSignatures", dependencies: [
            "SanyaModel",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "SanyaFrontend", dependencies: [
            "SanyaDiagnostics", "SanyaModel", "SanyaSignatures",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "SanyaCodegen", dependencies: [
            "SanyaModel", "SanyaSQL",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Change control and PDPA records: sanya diff, impact, ropa and subject.
        .target(name: "SanyaGovernance", dependencies: [
            "SanyaModel", "SanyaDiagnostics", "SanyaFrontend", "SanyaSQL", "SanyaCodegen",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CGlibcMalloc"),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CMariaDB", pkgConfig: "libmariadb", providers: [.apt(["libmariadb-dev"])]),
        .target(name: "SanyaDemo", dependencies: [
            "SanyaModel",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "SanyaRuntime", dependencies: [
            "SanyaModel", "SanyaSignatures", "CXLSXWriter", "CLibPQ", "CMariaDB",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        .executableTarget(name: "sanya", dependencies: [
            "SanyaDiagnostics", "SanyaModel", "SanyaFrontend", "SanyaCodegen", "SanyaGovernance", "SanyaRuntime", "SanyaDemo", "SanyaSQL", "SanyaSignatures", "CGlibcMalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(name: "SanyaTestSupport", dependencies: [
            "SanyaSQL",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ], path: "Tests/SanyaTestSupport"),
        .testTarget(name: "SanyaFrontendTests", dependencies: ["SanyaFrontend", "SanyaDiagnostics", "SanyaTestSupport", "SanyaDemo"],
                    exclude: ["Cases"]),
        .testTarget(name: "SanyaCLITests", dependencies: [
            "sanya", "SanyaTestSupport", "SanyaFrontend", "SanyaModel",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ], exclude: ["Contracts", "Schemathesis", "Workflow", "Browser", "Diff"]),
        .testTarget(name: "SanyaCodegenTests", dependencies: [
            "SanyaCodegen", "SanyaFrontend", "SanyaSQL", "SanyaRuntime", "SanyaTestSupport", "SanyaDemo",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ], exclude: ["Cases", "Fixtures"]),
        .testTarget(name: "SanyaRuntimeTests", dependencies: [
            "SanyaRuntime", "SanyaCodegen", "SanyaFrontend", "SanyaSQL", "SanyaDemo", "SanyaTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], exclude: ["Contracts"]),
    ]
)
