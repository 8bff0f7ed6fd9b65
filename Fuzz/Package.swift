// swift-tools-version: 6.0
// libFuzzer targets over Sanya's input readers. Built and run by Fuzz/run.sh with SwiftPM's
// `--sanitize fuzzer --sanitize address`; a package of its own so that the main build never carries the
// sanitizers.
import PackageDescription

let package = Package(
    name: "SanyaFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Sanya", path: "..")],
    targets: [
        .executableTarget(name: "FuzzFrontend", dependencies: [.product(name: "SanyaReaders", package: "Sanya")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "FuzzParameters", dependencies: [.product(name: "SanyaReaders", package: "Sanya")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
