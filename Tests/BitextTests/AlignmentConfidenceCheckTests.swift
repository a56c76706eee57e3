import Foundation
import Testing
@testable import Bitext

/// The `alignment` check on real text: quiet where the alignment is right, and the one
/// finding for a doubtful pair instead of a cascade of comparisons on it.
@Suite(.serialized) struct AlignmentConfidenceCheckTests {
    /// The reviewer of issue 17 found all 20 sampled `alignment` findings on the transcript
    /// wrong, among them these short correct pairs (the second at 38%).
    @Test func correctShortPairsOfTheTranscriptAreConfidentAndNotReported() throws {
        let result = try AuditEndToEndTests.auditTranscript()
        let pairs = result.bitext.pairs
        for text in ["Exactly.", "We're a nonprofit."] {
            let matching = pairs.filter { $0.sourceText == text && !$0.isUnaligned }
            #expect(!matching.isEmpty, "\(text)")
            #expect(matching.allSatisfy { $0.score >= 0.9 }, "\(text): \(matching.map(\.score))")
        }
        let alignment = result.findings.filter { $0.check == "alignment" }
        #expect(!alignment.contains { ["Exactly.", "We're a nonprofit."].contains($0.source.text) })
        // The transcript's alignment is right nearly everywhere (read pair by pair around
        // every bead scored below 0.8): doubts are about interjections, which are not findings.
        #expect(alignment.count <= 2, "\(alignment.map(\.message))")
    }

    /// A literary chapter with gold beads: where the aligner doubts a pair, the checks that
    /// compare both sides stay silent on it, and without the `alignment` check they would
    /// not (a number "missing" from a sentence paired with its neighbour's translation).
    @Test func checksComparingBothSidesSkipDoubtfulPairs() throws {
        let folder = TestData.shared.appendingPathComponent("corpus/mac-dev")
        try #require(
            FileManager.default.fileExists(atPath: folder.path),
            "skipped: ../shared/corpus/mac-dev is absent")
        let source = folder.appendingPathComponent("en/002.txt").path
        let target = folder.appendingPathComponent("zh/002.txt").path
        let withAlignment = try Auditor(options: Auditor.Options(presegmented: true)).audit(sourcePath: source, targetPath: target)
        let withoutAlignment = try Auditor(options: Auditor.Options(checks: CheckConfiguration(disabled: ["alignment"]), presegmented: true))
            .audit(sourcePath: source, targetPath: target)
        let check = AlignmentConfidenceCheck()
        let context = CheckContext(severity: .warning)
        let doubtful = Set(withAlignment.findings.filter { $0.check == "alignment" }.flatMap {
            check.pairsFlagged(by: $0, in: withAlignment.bitext, context: context)
        })
        #expect(doubtful.count >= 5)
        let comparing: Set<String> = ["omission", "addition", "numbers", "term-missing"]
        #expect(!withAlignment.findings.contains { comparing.contains($0.check) && doubtful.contains($0.pair ?? -1) })
        #expect(withoutAlignment.findings.contains { comparing.contains($0.check) && doubtful.contains($0.pair ?? -1) })
    }

    @Test func aDoubtfulPairSaysWhatIsLikelier() throws {
        let example = try #require(AlignmentConfidenceCheck.description.failingExamples.first)
        let findings = CheckRunner(checks: [AlignmentConfidenceCheck.self]).run(on: example.bitext())
        let finding = try #require(findings.first { $0.check == "alignment" })
        #expect(finding.message.hasPrefix("“They trained the model for much longer.” probably does not belong with this translation"))
        #expect(finding.message.contains("this pairing 4"))
    }
}
