// swift-tools-version: 6.0
// libFuzzer targets for bitext's readers, decoding, segmentation and alignment. A package of
// its own so the main build and CI never compile with the fuzzer sanitizer; Scripts/fuzz
// builds it with `-sanitize=fuzzer,address` and runs each target. libFuzzer supplies `main`,
// each target exports `LLVMFuzzerTestOneInput`.
import PackageDescription

let fuzzTargets = [
    "FuzzDecoding", "FuzzMarkdownText", "FuzzSubtitles", "FuzzGlossaryDelimited", "FuzzTBX",
    "FuzzTSVBitext", "FuzzAlignment", "FuzzTMX", "FuzzXLIFF",
]

let package = Package(
    name: "bitext-fuzz",
    dependencies: [.package(name: "bitext", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Bitext", package: "bitext")]),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "Bitext", package: "bitext")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
