// swift-tools-version:6.1
import PackageDescription

/// Every folder under Sources/, so the package-rooted BundledThemes target can leave them out.
let sourceFolders = [
    "CNcursesw", "CFastSearch", "CAllocator", "ArticleParsing", "CorpusStore", "SampleCorpus", "ReaderStore", "CorpusGenerator", "ReaderState", "ReaderUI", "ReaderLoop", "TerminalBackend", "lede",
    "BundledThemes",
]

let package = Package(
    name: "lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .executable(name: "lede-bench", targets: ["LedeBench"]),
        .library(name: "ArticleParsing", targets: ["ArticleParsing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "ArticleParsing", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "CorpusStore", dependencies: ["ArticleParsing", "CAllocator", "CFastSearch"]),
        .target(name: "CAllocator"),
        .target(name: "SampleCorpus", resources: [.copy("Articles")]),
        // The top-level Themes/ folder, shipped as a resource so an installed binary finds it.
        // Rooted at the package so it can reach Themes/; everything else there belongs to other targets.
        .target(
            name: "BundledThemes", path: ".",
            exclude: ["README.md", "Makefile", "Tests", "Benchmarks", ".ci"] + sourceFolders.filter { $0 != "BundledThemes" }.map { "Sources/" + $0 },
            sources: ["Sources/BundledThemes"], resources: [.copy("Themes")]
        ),
        .target(name: "CorpusGenerator", dependencies: ["ArticleParsing"]),
        .target(name: "CFastSearch"),
        .target(name: "ReaderState", dependencies: ["ArticleParsing", "CorpusStore", "CFastSearch"]),
        .target(name: "ReaderStore", dependencies: ["ReaderState", "CorpusStore"]),
        .target(name: "ReaderUI", dependencies: ["ArticleParsing", "CorpusStore", "ReaderState", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The loop itself, behind a `Terminal` protocol: no curses, so tests drive it with a fake.
        .target(name: "ReaderLoop", dependencies: ["ArticleParsing", "CorpusStore", "ReaderState", "ReaderUI"]),
        // The only importer of CNcursesw: the `Terminal` the reader runs on.
        .target(name: "TerminalBackend", dependencies: ["CorpusStore", "ReaderLoop", "ReaderState", "ReaderUI", "CNcursesw"]),
        .executableTarget(
            name: "lede",
            dependencies: [
                "ArticleParsing", "CorpusStore", "ReaderState", "ReaderStore", "ReaderUI", "ReaderLoop", "TerminalBackend", "SampleCorpus",
                "BundledThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LedeBench",
            dependencies: ["ArticleParsing", "CorpusStore", "ReaderState", "ReaderStore", "ReaderUI", "ReaderLoop", "CorpusGenerator"],
            path: "Benchmarks/LedeBench"
        ),
        // What the test targets share: paths, the seeds, fixture files, polling, tmux.
        .target(name: "TestSupport", dependencies: ["ReaderState", "CorpusGenerator", "SampleCorpus"], path: "Tests/TestSupport"),
        .testTarget(name: "ArticleParsingTests", dependencies: ["TestSupport", "ArticleParsing", "CorpusStore", "CorpusGenerator", "SampleCorpus", "ReaderState"],
                    exclude: ["Golden"]),
        .testTarget(name: "CorpusStoreTests", dependencies: ["TestSupport", "ArticleParsing", "CorpusStore", "CorpusGenerator", "SampleCorpus"],
                    exclude: ["StoryCorpus"]),
        .testTarget(name: "ReaderStateTests", dependencies: ["TestSupport", "ArticleParsing", "CorpusStore", "ReaderState", "ReaderStore", "CorpusGenerator", "SampleCorpus"]),
        .testTarget(name: "ReaderUITests", dependencies: ["TestSupport", "ArticleParsing", "CorpusStore", "ReaderState", "ReaderUI", "CorpusGenerator", "BundledThemes"]),
        .testTarget(name: "ReaderLoopTests", dependencies: ["TestSupport", "ReaderLoop", "ReaderState", "ReaderUI", "ArticleParsing", "CorpusStore"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TestSupport", "TerminalBackend", "ReaderLoop", "ReaderState", "ReaderUI", "ArticleParsing", "CorpusStore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "ArticleParsing", "CorpusGenerator"]),
    ],
    swiftLanguageModes: [.v6]
)
