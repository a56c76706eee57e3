import Foundation

/// A list of file pairs for batch mode (`--manifest FILE`): one pair a line, source TAB
/// target; blank lines and lines starting with `#` are skipped. Relative paths are relative
/// to the manifest's folder, so a manifest can sit anywhere in the repository.
public enum PairManifest {
    /// - Throws: `InputError` naming the manifest and line for a malformed line or a file
    ///   that does not exist, and naming the manifest when it cannot be read or lists nothing.
    public static func read(path: String) throws -> [FilePair] {
        let data = try Auditor.contents(of: path)
        let text = try TextDecoder.decode(data, path: path, encoding: nil).text
        return try parse(text, path: path, exists: { FileManager.default.fileExists(atPath: $0) })
    }

    static func parse(_ text: String, path: String, exists: (String) -> Bool) throws -> [FilePair] {
        let folder = (path as NSString).deletingLastPathComponent
        var pairs: [FilePair] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(
                    file: path, line: lineNumber,
                    "expected SOURCE<TAB>TARGET, found \(fields.count == 1 ? "no tab" : "\(fields.count) fields")")
            }
            let resolved = fields.map { field -> String in
                let name = String(field)
                return name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            }
            for file in resolved where !exists(file) {
                throw InputError(file: path, line: lineNumber, "no such file: \(file)")
            }
            pairs.append(FilePair(source: resolved[0], target: resolved[1]))
        }
        guard !pairs.isEmpty else { throw InputError(file: path, "the manifest lists no file pairs") }
        return pairs
    }
}
