import Foundation
import Testing
@testable import Bitext

/// Real software-string files with placeholders broken on purpose: each of 50 random
/// targets loses, doubles or garbles one placeholder its source also has, and the check must
/// find the break without reporting the units left as they were.
@Suite("Placeholders on real software strings", .enabled(if: SoftwareStrings.available, "../shared/corpus/strings is not beside the checkout"))
struct PlaceholderMutationTests {
    private enum Mutation: CaseIterable {
        case removed, doubled, spaced, fullWidth, misspelt
    }

    @Test func brokenPlaceholdersAreFoundAndUntouchedUnitsAreNotReported() throws {
        var files: [(path: String, bitext: AlignedBitext)] = []
        for path in SoftwareStrings.files {
            guard let format = BitextFormat.inferred(fromPath: path) else { continue }
            var diagnostics = Diagnostics()
            files.append((path, try format.reader.read(contentsOf: path, encoding: nil, diagnostics: &diagnostics)))
        }
        var candidates: [(file: Int, pair: Int, placeholder: Placeholder)] = []
        for (fileIndex, file) in files.enumerated() {
            for (pairIndex, pair) in file.bitext.pairs.enumerated() where !pair.isUnaligned && pair.target.count == 1 {
                let scanner = PlaceholderScanner(syntaxes: PlaceholdersCheck.syntaxes(of: pair, in: file.bitext, configured: nil))
                let sourceIdentities = Set(scanner.scan(pair.sourceText).placeholders.map(\.identity))
                let target = scanner.scan(pair.target[0].text).placeholders.filter { $0.message == nil && sourceIdentities.contains($0.identity) }
                if let placeholder = target.first { candidates.append((fileIndex, pairIndex, placeholder)) }
            }
        }
        try #require(candidates.count >= 50, "only \(candidates.count) units with placeholders")
        var generator = SeededGenerator(seed: 16)
        let chosen = Array(candidates.shuffled(using: &generator).prefix(50))
        var mutated = files.map(\.bitext)
        var mutations: [String: Mutation] = [:]
        for (number, candidate) in chosen.enumerated() {
            let mutation = Mutation.allCases[number % Mutation.allCases.count]
            var pair = mutated[candidate.file].pairs[candidate.pair]
            var segment = pair.target[0]
            segment.text = Self.applying(mutation, to: candidate.placeholder, in: segment.text)
            pair = AlignedPair(
                index: pair.index, source: pair.source, target: [segment], score: pair.score,
                sourceLanguage: mutated[candidate.file].sourceLanguage, targetLanguage: mutated[candidate.file].targetLanguage, unit: pair.unit)
            mutated[candidate.file].pairs[candidate.pair] = pair
            mutations["\(candidate.file)/\(candidate.pair)"] = mutation
        }
        var found = 0
        var missed: [String] = []
        var falseFindings: [String] = []
        for (fileIndex, bitext) in mutated.enumerated() {
            let findings = CheckRunner(checks: [PlaceholdersCheck.self]).run(on: bitext)
            let flagged = Set(findings.compactMap(\.pair))
            for (key, mutation) in mutations where key.hasPrefix("\(fileIndex)/") {
                let pairIndex = Int(key.split(separator: "/")[1])!
                if flagged.contains(bitext.pairs[pairIndex].index) {
                    found += 1
                } else {
                    missed.append("\(mutation): \(bitext.pairs[pairIndex].targetText)")
                }
            }
            falseFindings += findings.filter { finding in
                !mutations.keys.contains { $0 == "\(fileIndex)/\(bitext.pairs.firstIndex { $0.index == finding.pair } ?? -1)" }
            }.map { "\((files[fileIndex].path as NSString).lastPathComponent): \($0.message) | \($0.target.text)" }
        }
        let untouched = mutated.map(\.pairs.count).reduce(0, +) - mutations.count
        print("placeholder mutations: \(found) of \(mutations.count) found among \(candidates.count) units with placeholders in \(files.count) files; "
            + "\(falseFindings.count) findings on \(untouched) untouched units")
        #expect(found >= 48, "missed: \(missed)")
        #expect(falseFindings.count <= 2, "\(falseFindings.joined(separator: "\n"))")
    }

    /// The target with one placeholder broken the way translators and machine translation
    /// break them.
    private static func applying(_ mutation: Mutation, to placeholder: Placeholder, in text: String) -> String {
        var bytes = Array(text.utf8)
        let range = placeholder.bytes
        let original = Array(bytes[range])
        let replacement: [UInt8]
        switch mutation {
        case .removed:
            replacement = []
        case .doubled:
            replacement = original + Array(" ".utf8) + original
        case .spaced:
            replacement = [original[0]] + Array(" ".utf8) + original.dropFirst()
        case .fullWidth:
            let first = Unicode.Scalar(UInt32(original[0]) + 0xFEE0).map { Array(String($0).utf8) } ?? [original[0]]
            replacement = first + original.dropFirst()
        case .misspelt:
            // Two letters of the name swapped; a name too short for that loses its last character.
            let letters = original.indices.filter { (original[$0] | 0x20) >= 0x61 && (original[$0] | 0x20) <= 0x7A }
            if let pair = zip(letters, letters.dropFirst()).first(where: { $1 == $0 + 1 && original[$0] != original[$1] }) {
                var swapped = original
                swapped.swapAt(pair.0, pair.1)
                replacement = swapped
            } else {
                replacement = Array(original.dropLast())
            }
        }
        bytes.replaceSubrange(range, with: replacement)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The real software-string files of `../shared`.
enum SoftwareStrings {
    static let directories = ["corpus/strings", "corpus/hant/strings"].map { TestData.shared.appendingPathComponent($0) }
    static var available: Bool { FileManager.default.fileExists(atPath: directories[0].path) }

    /// Every file bitext reads as bilingual, except the English-only companion catalogue.
    static var files: [String] {
        directories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
                .filter { BitextFormat.inferred(fromPath: $0) != nil && !$0.contains(".en.") }
                .map { directory.appendingPathComponent($0).path }
        }
    }
}
