import Foundation

/// Scores of one test bead file against its gold file.
public struct FileAlignmentScore: Sendable, Hashable {
    /// The file name shared by gold and test (or the gold path, for single files).
    public var name: String
    public var counts: AlignmentCounts
    /// How the test beads' scores separate right beads from wrong ones; nil when the test
    /// file carries no scores.
    public var separation: ConfidenceSeparation?
    /// Strict recall of each gold bead type.
    public var typeRecall: BeadTypeRecall
}

/// Reads gold and test bead files, or two folders of `*.align` files matched by name, and
/// scores each pair; the total is the sum of the counts.
public enum AlignmentEvaluation {
    public static func evaluate(goldPath: String, testPath: String) throws -> [FileAlignmentScore] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: goldPath, isDirectory: &isDirectory) else {
            throw InputError(file: goldPath, "no such file or folder")
        }
        guard isDirectory.boolValue else {
            return [try score(name: (goldPath as NSString).lastPathComponent, goldPath: goldPath, testPath: testPath)]
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldPath) else {
            throw InputError(file: goldPath, "folder cannot be read")
        }
        let goldNames = names.filter { $0.hasSuffix(".align") }.sorted()
        guard !goldNames.isEmpty else { throw InputError(file: goldPath, "folder has no .align files") }
        return try goldNames.map { name in
            try score(
                name: name, goldPath: (goldPath as NSString).appendingPathComponent(name),
                testPath: (testPath as NSString).appendingPathComponent(name))
        }
    }

    private static func score(name: String, goldPath: String, testPath: String) throws -> FileAlignmentScore {
        let gold = try readBeads(goldPath)
        let (test, hasScores) = try readScoredBeads(testPath)
        return FileAlignmentScore(
            name: name, counts: AlignmentEvaluator.counts(gold: gold, test: test),
            separation: hasScores ? ConfidenceSeparation(gold: gold, test: test) : nil,
            typeRecall: BeadTypeRecall(gold: gold, test: test))
    }

    /// Beads of a file in `BeadFormat`; errors name the file and line.
    public static func readBeads(_ path: String) throws -> [Bead] {
        try readScoredBeads(path).beads
    }

    /// Beads of a file, and whether its lines carry scores (`[0]:[1]:0.93`).
    private static func readScoredBeads(_ path: String) throws -> (beads: [Bead], hasScores: Bool) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, "is not UTF-8 text")
        }
        let hasScores = text.split(whereSeparator: \.isNewline).contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasSuffix("]")
        }
        return (try BeadFormat.parse(text, path: path), hasScores)
    }
}
