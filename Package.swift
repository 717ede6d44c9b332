// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "coopgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coopgraph", targets: ["coopgraph"]),
        .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
        .library(name: "CoopModel", targets: ["CoopModel"]),
        .library(name: "CoopDiagram", targets: ["CoopDiagram"]),
        .library(name: "CoopExchange", targets: ["CoopExchange"]),
        .library(name: "CoopBrief", targets: ["CoopBrief"]),
        .library(name: "CoopQuery", targets: ["CoopQuery"]),
        .library(name: "CoopExtract", targets: ["CoopExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The only door to C: Graphviz's cgraph + gvc through a one-line shim header.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // General Swift wrapper of Graphviz; knows nothing of cooperation data.
        .target(name: "GraphvizKit", dependencies: ["CGraphviz"]),
        // Typed cooperation graph, schema as data, knowledge-base loading and validation.
        .target(name: "CoopModel", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Partnership diagrams: a selection of the knowledge graph, styled from one table, drawn by GraphvizKit.
        .target(
            name: "CoopDiagram",
            dependencies: ["CoopModel", "GraphvizKit", .product(name: "Yams", package: "Yams")]
        ),
        // Interchange formats: GraphML, GEXF, JSON Graph, RDF, knowledge-base YAML, Neo4j CSV.
        .target(name: "CoopExchange", dependencies: ["CoopModel"]),
        // Briefings: a document model filled by the caller, written as Markdown, HTML or DOCX.
        .target(
            name: "CoopBrief",
            dependencies: ["CoopModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Relationship queries (partners, paths, ranks, time filters) over the graph's read API.
        .target(name: "CoopQuery", dependencies: ["CoopModel"]),
        // Offline rule-based extraction of candidate facts from French text, review and merge.
        .target(
            name: "CoopExtract",
            dependencies: ["CoopModel", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "coopgraph",
            dependencies: [
                "GraphvizKit",
                "CoopModel",
                "CoopDiagram",
                "CoopExchange",
                "CoopBrief",
                "CoopQuery",
                "CoopExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit"], exclude: ["README.md"]),
        .testTarget(name: "CoopModelTests", dependencies: ["CoopModel"]),
        .testTarget(
            name: "CoopDiagramTests", dependencies: ["CoopDiagram", "CoopModel", "GraphvizKit"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CoopExchangeTests",
            dependencies: ["CoopExchange", "CoopQuery", "PythonOracle", .product(name: "Yams", package: "Yams")],
            exclude: ["Oracle"]),
        .testTarget(
            name: "CoopBriefTests",
            dependencies: ["CoopBrief", "CoopModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CoopQueryTests", dependencies: ["CoopQuery", "CoopExchange", "PythonOracle"], exclude: ["Oracle", "Fixtures"]),
        // The Python oracles (NetworkX, rdflib) that the cross-check tests compare with.
        .target(name: "PythonOracle", path: "Tests/PythonOracle"),
        // End-to-end tests of the executable, as a user runs it.
        .testTarget(
            name: "coopgraphTests",
            dependencies: [
                "coopgraph", "CoopModel", "CoopQuery", "CoopExchange",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"]),
        .testTarget(name: "CoopExtractTests", dependencies: ["CoopExtract"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
