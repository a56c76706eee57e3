import Foundation
@testable import Bitext

/// mac-dev's gold beads with text on both sides (`../shared/corpus/mac-dev`: Chinese literary
/// originals and their published English), a bead's sentences joined, chapter by chapter.
enum MacDevGold {
    static func chapters() throws -> [[(english: String, chinese: String)]] {
        let root = TestData.shared.appendingPathComponent("corpus/mac-dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("gold").path).sorted()
        return try names.filter { $0.hasSuffix(".align") }.map { name in
            let number = String(name.dropLast(".align".count))
            func lines(_ folder: String) throws -> [Substring] {
                try String(contentsOf: root.appendingPathComponent("\(folder)/\(number).txt"), encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false)
            }
            let (chinese, english) = (try lines("zh"), try lines("en"))
            let gold = try String(contentsOf: root.appendingPathComponent("gold/\(name)"), encoding: .utf8)
            return gold.split(separator: "\n").compactMap { bead in
                let sides = bead.split(separator: ":", omittingEmptySubsequences: false)
                    .map { $0.split { !$0.isNumber }.compactMap { Int($0) } }
                guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { return nil }
                return (sides[1].map { String(english[$0]) }.joined(separator: " "), sides[0].map { String(chinese[$0]) }.joined())
            }
        }
    }

    /// Every chapter's pairs in one list.
    static func pairs() throws -> [(english: String, chinese: String)] { try chapters().flatMap { $0 } }
}

extension AlignedBitext {
    /// English sources and their Chinese translations as a bitext, one pair a line.
    static func englishToChinese(_ pairs: [(english: String, chinese: String)]) -> AlignedBitext {
        CheckExample(pairs.map(\.english).joined(separator: "\n"), pairs.map(\.chinese).joined(separator: "\n"))
            .bitext(sourceLanguage: .english, targetLanguage: .chinese)
    }
}
