// swift-tools-version: 6.2
import PackageDescription

/// Every first-party target compiles in Swift 6 mode with strict concurrency and warnings as errors.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "caveat",
    products: [
        .executable(name: "caveat", targets: ["caveat"]),
        .library(name: "CaveatKit", targets: ["CaveatKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: [
        // libxml2, bound as a system library; only CaveatReaders may depend on it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // cmark-gfm (CommonMark + GFM extensions), bound as a system library; only CaveatReaders may depend on it.
        // Its pkg-config file links the extensions library too; the module map names both for systems without it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // zlib, bound as a system library for reading .warc.gz web archives; only CaveatReaders may depend on it.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // Layer 1: the document model (source text, blocks, regions, sections, sentences, tokens, positions).
        .target(name: "CaveatDocument", swiftSettings: strict),
        // Layer 2: readers that turn HTML, plain text, Markdown and web archives into the document model.
        .target(name: "CaveatReaders", dependencies: ["CaveatDocument", "CLibXML2", "CCmarkGFM", "CZlib"],
                swiftSettings: strict),
        // Layer 3: text analysis (phrase matching, detectors, negation context, readability).
        .target(name: "CaveatAnalysis", dependencies: ["CaveatDocument"], swiftSettings: strict),
        // Layer 4: the rule format, loader and engine.
        .target(
            name: "CaveatEngine",
            dependencies: ["CaveatDocument", "CaveatAnalysis"],
            swiftSettings: strict,
            plugins: ["EmbedRules"]
        ),
        // Embeds Rules/**/*.json into CaveatEngine as string literals, so the binary carries its built-in rules.
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["RuleEmbedder"], path: "Plugins/EmbedRules"),
        .executableTarget(name: "RuleEmbedder", path: "Plugins/RuleEmbedder", swiftSettings: strict),
        // Layer 5: reporters.
        .target(name: "CaveatReporters", dependencies: ["CaveatDocument", "CaveatEngine"], swiftSettings: strict),
        // Orchestration: inputs, configuration, parallel linting; the CLI is a thin shell over it.
        .target(
            name: "CaveatKit",
            dependencies: ["CaveatDocument", "CaveatReaders", "CaveatAnalysis", "CaveatEngine", "CaveatReporters"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "caveat",
            dependencies: ["CaveatKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Benchmarks (run in release mode by the scripts under Benchmarks/; never part of the tests).
        .executableTarget(
            name: "caveat-bench",
            dependencies: ["CaveatDocument", "CaveatReaders", "CaveatAnalysis", "CaveatEngine", "CaveatKit"],
            path: "Benchmarks/CaveatBench",
            swiftSettings: strict
        ),
        .target(
            name: "TestSupport",
            dependencies: ["CaveatDocument", "CaveatReaders", "CaveatEngine"],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "CaveatDocumentTests", dependencies: ["CaveatDocument", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "CaveatReadersTests", dependencies: ["CaveatReaders", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "CaveatAnalysisTests", dependencies: ["CaveatAnalysis", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "CaveatEngineTests", dependencies: ["CaveatEngine", "CaveatReaders", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "CaveatReportersTests", dependencies: ["CaveatReporters", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "CaveatKitTests", dependencies: ["CaveatKit", "caveat", "TestSupport"], swiftSettings: strict),
    ]
)
