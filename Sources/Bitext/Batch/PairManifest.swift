import Foundation
import Yams

/// A list of file pairs for batch mode (`--manifest FILE`). Relative paths are relative to
/// the manifest's folder, so a manifest can sit anywhere in the repository. Two forms:
///
/// - TSV (any name but `.yml`/`.yaml`): one pair a line, source TAB target; blank lines and
///   lines starting with `#` are skipped.
/// - YAML (`.yml`, `.yaml`): a list of mappings with `source` and `target`:
///   `- {source: docs/en/setup.md, target: docs/zh/setup.md}`.
public enum PairManifest {
    /// - Throws: `InputError` naming the manifest and line for a malformed entry or a file
    ///   that does not exist, and naming the manifest when it cannot be read or lists nothing.
    public static func read(path: String) throws -> [FilePair] {
        let data = try Auditor.contents(of: path)
        let text = try TextDecoder.decode(data, path: path, encoding: nil).text
        return try parse(text, path: path, exists: { FileManager.default.fileExists(atPath: $0) })
    }

    static func parse(_ text: String, path: String, exists: (String) -> Bool) throws -> [FilePair] {
        let lowered = path.lowercased()
        let entries = lowered.hasSuffix(".yml") || lowered.hasSuffix(".yaml")
            ? try yamlEntries(text, path: path) : try tsvEntries(text, path: path)
        let folder = (path as NSString).deletingLastPathComponent
        func resolved(_ name: String) -> String {
            name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        }
        let pairs = try entries.map { entry in
            let pair = FilePair(source: resolved(entry.source), target: resolved(entry.target))
            for file in [pair.source, pair.target] where !exists(file) {
                throw InputError(file: path, line: entry.line, "no such file: \(file)")
            }
            return pair
        }
        guard !pairs.isEmpty else { throw InputError(file: path, "the manifest lists no file pairs") }
        return pairs
    }

    private struct Entry {
        var source: String
        var target: String
        var line: Int?
    }

    private static func tsvEntries(_ text: String, path: String) throws -> [Entry] {
        var entries: [Entry] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(
                    file: path, line: index + 1,
                    "expected SOURCE<TAB>TARGET, found \(fields.count == 1 ? "no tab" : "\(fields.count) fields")")
            }
            entries.append(Entry(source: String(fields[0]), target: String(fields[1]), line: index + 1))
        }
        return entries
    }

    private static func yamlEntries(_ text: String, path: String) throws -> [Entry] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(file: path, line: error.line, column: error.column, "is not valid YAML: \(error.summary)")
        }
        guard let root else { return [] }
        guard let items = root.sequence else {
            throw InputError(file: path, line: root.mark?.line, "must be a list of pairs, each with `source` and `target`")
        }
        return try items.map { item in
            let line = item.mark?.line
            guard let mapping = item.mapping else {
                throw InputError(file: path, line: line, "a pair must be a mapping with `source` and `target`")
            }
            for key in mapping.keys.compactMap(\.string) where key != "source" && key != "target" {
                throw InputError(file: path, line: line, "unknown key “\(key)” (a pair has `source` and `target`)")
            }
            guard let source = mapping["source"]?.string, !source.isEmpty,
                let target = mapping["target"]?.string, !target.isEmpty
            else {
                throw InputError(file: path, line: line, "a pair needs both `source` and `target` file paths")
            }
            return Entry(source: source, target: target, line: line)
        }
    }
}
