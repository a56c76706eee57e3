import Foundation
import Testing
@testable import Bitext

/// libxml2 keeps an element's line in 16 bits; past line 65,535 findings must still point
/// at the right line, whether a segment starts with text or with an inline code.
@Suite struct LargeFileLineTests {
    @Test func segmentLinesPastSixtyFiveThousandAreExact() throws {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>",
            "<body>",
        ]
        var expected: [(source: Int, target: Int)] = []
        for index in 0..<24_000 {
            let coded = index % 3 == 1
            let empty = index % 7 == 5
            lines.append("<tu tuid=\"\(index)\">")
            lines.append(coded ? "<tuv xml:lang=\"en\"><seg><ph x=\"1\"/>Unit \(index) talks.</seg></tuv>" : "<tuv xml:lang=\"en\"><seg>Unit \(index) talks.</seg></tuv>")
            let sourceLine = lines.count
            lines.append(empty ? "<tuv xml:lang=\"zh\"><seg/></tuv>" : coded ? "<tuv xml:lang=\"zh\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>第\(index)单元<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv>" : "<tuv xml:lang=\"zh\"><seg>第\(index)单元说话。</seg></tuv>")
            let targetLine = lines.count
            lines.append("</tu>")
            expected.append((sourceLine, targetLine))
        }
        lines.append("</body></tmx>")
        #expect(lines.count > 90_000)
        var diagnostics = Diagnostics()
        let stream = try TMXBitextReader().open(.data(Data(lines.joined(separator: "\n").utf8), path: "big.tmx"), diagnostics: &diagnostics)
        var index = 0
        var wrong: [String] = []
        while let pair = try stream.next(diagnostics: &diagnostics) {
            if pair.sourceLine != expected[index].source {
                wrong.append("unit \(index): source line \(pair.sourceLine ?? -1), expected \(expected[index].source)")
            }
            if !pair.target.isEmpty, pair.targetLine != expected[index].target {
                wrong.append("unit \(index): target line \(pair.targetLine ?? -1), expected \(expected[index].target)")
            }
            index += 1
        }
        #expect(index == 24_000)
        let wrongCount = wrong.count
        #expect(wrongCount == 0, "first: \(wrong.prefix(5))")
    }
}
