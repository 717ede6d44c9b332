// swift-tools-version: 6.1
// Benchmarks live in their own package so that the main package's build stays light.
import PackageDescription

let package = Package(
    name: "coopgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "coopgraph", path: "..")],
    targets: [
        .executableTarget(
            name: "coopbench",
            dependencies: [
                .product(name: "CoopQuery", package: "coopgraph"),
                .product(name: "CoopExchange", package: "coopgraph"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
