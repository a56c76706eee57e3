import Foundation

/// Scores of one test bead file against its gold file.
public struct FileAlignmentScore: Sendable, Hashable {
    /// The file name shared by gold and test (or the gold path, for single files).
    public var name: String
    public var counts: AlignmentCounts
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
            let counts = AlignmentEvaluator.counts(gold: try readBeads(goldPath), test: try readBeads(testPath))
            return [FileAlignmentScore(name: (goldPath as NSString).lastPathComponent, counts: counts)]
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldPath) else {
            throw InputError(file: goldPath, "folder cannot be read")
        }
        let goldNames = names.filter { $0.hasSuffix(".align") }.sorted()
        guard !goldNames.isEmpty else { throw InputError(file: goldPath, "folder has no .align files") }
        return try goldNames.map { name in
            let gold = try readBeads((goldPath as NSString).appendingPathComponent(name))
            let test = try readBeads((testPath as NSString).appendingPathComponent(name))
            return FileAlignmentScore(name: name, counts: AlignmentEvaluator.counts(gold: gold, test: test))
        }
    }

    /// Beads of a file in `BeadFormat`; errors name the file and line.
    public static func readBeads(_ path: String) throws -> [Bead] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, "is not UTF-8 text")
        }
        return try BeadFormat.parse(text, path: path)
    }
}
