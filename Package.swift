// swift-tools-version:6.0
import PackageDescription

// The tools allocate and free millions of small objects per run (tokens, mentions, incidents);
// jemalloc (Debian's libjemalloc-dev) does that 13% faster than glibc's malloc on the extraction
// benchmark. The libraries do not link it: a program that embeds them keeps its own allocator.
let toolAllocator: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "Kharita",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kharita", targets: ["kharita"]),
        .library(name: "Atlas", targets: ["Atlas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .systemLibrary(name: "CProj", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "Projection", dependencies: ["CProj"]),
        .target(name: "GeoJSON", dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]),
        .target(name: "Gazetteer", dependencies: ["GeoJSON"]),
        .target(name: "Extraction", dependencies: ["Gazetteer", "GeoJSON"]),
        .target(name: "Cartography", dependencies: ["Projection", "GeoJSON"]),
        .target(name: "Tiles", dependencies: ["Projection", "GeoJSON", "CZlib", "CSQLite"]),
        .target(name: "Atlas", dependencies: ["Projection", "GeoJSON", "Gazetteer", "Extraction", "Cartography", "Tiles"]),
        .executableTarget(name: "kharita", dependencies: ["Atlas", "Cartography", "Gazetteer", "Tiles", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          linkerSettings: toolAllocator),
        .executableTarget(name: "kharita-bench", dependencies: ["Atlas", "CProj", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Benchmarks/kharita-bench", linkerSettings: toolAllocator),
        .target(name: "KharitaTestSupport", dependencies: ["Gazetteer"], path: "Tests/KharitaTestSupport"),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "KharitaTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "KharitaTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TilesTests", dependencies: ["Tiles", "KharitaTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AtlasTests", dependencies: ["Atlas", "GeoJSON", "Gazetteer", "Extraction", "KharitaTestSupport"], resources: [.copy("Fixtures")]),
    ]
)
