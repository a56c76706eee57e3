import Foundation
import Testing

@testable import Bitext

@Suite struct AdequacyRankingTests {
    /// Sixty gold one-to-one pairs of a published literary translation, two of whose
    /// translations are swapped: those two are the least adequate pairs, though every
    /// sentence around them is paraphrased too.
    @Test(.needsSharedData) func swappedTranslationsRankLeastAdequate() throws {
        let root = TestData.shared.appendingPathComponent("corpus/mac-dev")
        let chinese = try String(contentsOf: root.appendingPathComponent("zh/001.txt"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let english = try String(contentsOf: root.appendingPathComponent("en/001.txt"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let gold = try String(contentsOf: root.appendingPathComponent("gold/001.align"), encoding: .utf8)
        var pairs: [(String, String)] = []
        for line in gold.split(separator: "\n") {
            let sides = line.split(separator: ":").map { $0.filter { $0.isNumber || $0 == "," } }
            guard sides.count == 2, let zh = Int(sides[0]), let en = Int(sides[1]) else { continue }
            pairs.append((String(chinese[zh]), String(english[en])))
            if pairs.count == 60 { break }
        }
        #expect(pairs.count == 60)
        let (first, second) = (17, 41)
        (pairs[first].1, pairs[second].1) = (pairs[second].1, pairs[first].1)
        let bitext = CheckExample(pairs.map(\.0).joined(separator: "\n"), pairs.map(\.1).joined(separator: "\n"))
            .bitext(sourceLanguage: .chinese, targetLanguage: .english)
        #expect(bitext.pairs.count == 60)
        let ranking = AdequacyRanking(bitext: bitext)
        #expect(ranking.leastAdequate.count == 3)
        #expect(Set(ranking.ranked.prefix(3)).isSuperset(of: [first, second]),
                "\(ranking.ranked.prefix(5)); ranks \(ranking.ranked.firstIndex(of: first) ?? -1), \(ranking.ranked.firstIndex(of: second) ?? -1); \(ranking.scores[first]!), \(ranking.scores[second]!), \(ranking.scores[ranking.ranked[0]]!)")
        // A swapped pair covers less of its words than the document does on average.
        let average = ranking.scores.compactMap { $0?.coverage }.reduce(0, +) / Double(ranking.ranked.count)
        #expect(ranking.scores[first]!.coverage < average && ranking.scores[second]!.coverage < average)
    }

    /// The report lists the least adequate pairs first, marks them among the pairs, and can
    /// order all pairs by adequacy.
    @Test func theReportListsTheLeastAdequatePairs() throws {
        let result = try AuditEndToEndTests.auditTranscript()
        let html = String(decoding: try HTMLReporter().render(result, context: ExportSample.context), as: UTF8.self)
        let ranking = AdequacyRanking(bitext: result.bitext)
        #expect(ranking.leastAdequate.count == Int((Double(ranking.ranked.count) * 0.05).rounded(.up)))
        let section = try #require(html.range(of: "<section id=\"least-adequate\">"))
        let table = String(html[section.upperBound...]).components(separatedBy: "</section>")[0]
        #expect(table.components(separatedBy: "<tr><td><a href=\"#p").count - 1 == ranking.leastAdequate.count)
        #expect(table.contains("<a href=\"#p\(ranking.leastAdequate[0] + 1)\">"))
        #expect(html.components(separatedBy: "class=\"adq low\"").count - 1 == ranking.leastAdequate.count)
        #expect(html.contains("\"adequacy\":[\(ranking.ranked[0]),\(ranking.ranked[1]),"))
        #expect(html.contains("<option value=\"adequacy\">least adequate first</option>"))
    }
}
