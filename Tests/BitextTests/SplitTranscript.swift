import Foundation
@testable import Bitext

/// A docs-like tree cut from the real transcript: `docs/en/part-N.md` and
/// `docs/zh/part-N.md`, each part a run of the Chinese sections (`## **04.** …`) and the
/// English turns the aligner pairs with them. The English file has no headings, so each
/// English cut is the source line of the first aligned pair at or after the Chinese heading.
enum SplitTranscript {
    /// Chinese section numbers where a part starts; the last one ends the tree (the rest of
    /// the transcript is left out to keep debug test runs short).
    static let partStarts = [4, 8, 12, 14]

    struct Part {
        var name: String
        var english: String
        var chinese: String
    }

    static let parts: Result<[Part], Error> = Result {
        let english = try TestData.text(TestData.englishTranscript).split(separator: "\n", omittingEmptySubsequences: false)
        let chinese = try TestData.text(TestData.chineseTranscript).split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics = Diagnostics()
        let aligned = try Auditor().align(
            sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path, diagnostics: &diagnostics)
        let pairs = aligned.bitext.pairs
        var chineseCuts = [1]
        var englishCuts = [1]
        for section in partStarts {
            let heading = String(format: "## **%02d.**", section)
            guard let index = chinese.firstIndex(where: { $0.hasPrefix(heading) }) else {
                throw InputError(file: TestData.chineseTranscript.path, "no heading \(heading)")
            }
            let line = index + 1
            guard let sourceLine = pairs.first(where: { ($0.targetLine ?? 0) >= line && $0.sourceLine != nil })?.sourceLine else {
                throw InputError(file: TestData.englishTranscript.path, "nothing aligned after \(heading)")
            }
            chineseCuts.append(line)
            englishCuts.append(sourceLine)
        }
        func lines(_ all: [Substring], from start: Int, to end: Int) -> String {
            all[(start - 1)..<(end - 1)].joined(separator: "\n") + "\n"
        }
        var parts: [Part] = []
        for part in 1..<chineseCuts.count {
            parts.append(Part(
                name: "part-\(part).md",
                english: lines(english, from: englishCuts[part - 1], to: englishCuts[part]),
                chinese: lines(chinese, from: chineseCuts[part - 1], to: chineseCuts[part])))
        }
        return parts
    }

    /// Writes the tree under `folder` (`docs/en`, `docs/zh`).
    static func write(into folder: URL) throws -> [Part] {
        let parts = try parts.get()
        for (language, text) in [("en", \Part.english), ("zh", \Part.chinese)] {
            let directory = folder.appendingPathComponent("docs/\(language)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for part in parts {
                try part[keyPath: text].write(to: directory.appendingPathComponent(part.name), atomically: true, encoding: .utf8)
            }
        }
        return parts
    }
}
