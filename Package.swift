// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "bitext",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Bitext", targets: ["Bitext"]),
        .executable(name: "bitext", targets: ["BitextCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        .target(name: "CLibXML2Messages", dependencies: ["CLibXML2"]),
        .target(
            name: "Bitext",
            dependencies: ["CLibXML2", "CLibXML2Messages", "COpenCC", .product(name: "Yams", package: "Yams")],
            resources: [
                .copy("Resources/cedict_ts.u8"),
                .copy("Resources/CEDICT-LICENSE.md"),
                .copy("Resources/xliff-2.1"),
            ]
        ),
        .executableTarget(
            name: "BitextCLI",
            dependencies: [
                "Bitext",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BitextTests",
            dependencies: ["Bitext"],
            exclude: ["PeerTools"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
