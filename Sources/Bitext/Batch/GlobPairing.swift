import Foundation

/// Pairs the files of two glob patterns, as in `--pairs 'docs/en/**/*.md:docs/zh/**/*.md'`.
///
/// The rule: a source and a target pair when their wildcards matched the same text, in
/// order. With `docs/en/**/*.md` and `docs/zh/**/*.md`, `docs/en/guide/setup.md` pairs with
/// `docs/zh/guide/setup.md` (both capture `guide` and `setup`); with `*.md` and `*.zh.md`
/// in one folder, `intro.md` pairs with `intro.zh.md`. The two patterns must therefore have
/// the same wildcards in the same order. A file both patterns match is a target (so
/// `docs/**/*.md:docs/zh/**/*.md` works for translations inside the source tree).
public struct GlobPairing: Sendable {
    public let source: GlobPattern
    public let target: GlobPattern

    /// - Throws: `GlobPattern.SyntaxError` for a malformed pattern or patterns whose
    ///   wildcards differ.
    public init(source: GlobPattern, target: GlobPattern) throws {
        guard source.wildcards == target.wildcards else {
            let describe = { (pattern: GlobPattern) in pattern.wildcards.map(\.rawValue).joined(separator: " ") }
            throw GlobPattern.SyntaxError(
                pattern: "\(source):\(target)",
                reason: "both sides need the same wildcards in the same order to pair files "
                    + "(source has [\(describe(source))], target [\(describe(target))])")
        }
        self.source = source
        self.target = target
    }

    /// Parses `SOURCE:TARGET`, the form `--pairs` takes.
    public init(argument: String) throws {
        let sides = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard sides.count == 2 else {
            throw GlobPattern.SyntaxError(
                pattern: argument, reason: "expected SOURCE:TARGET, two patterns separated by one `:`")
        }
        try self.init(source: GlobPattern(String(sides[0])), target: GlobPattern(String(sides[1])))
    }

    /// Pairs the given paths (already found on disk, or any list in tests), sorted by source.
    /// A source without a target and a target without a source are diagnostics naming the
    /// file that was expected.
    public func pairs(sourceFiles: [String], targetFiles: [String], diagnostics: inout Diagnostics) -> [FilePair] {
        var targetsByKey: [[String]: String] = [:]
        for path in targetFiles {
            if let key = target.captures(in: path) { targetsByKey[key] = path }
        }
        let targetSet = Set(targetsByKey.values)
        var paired: Set<String> = []
        var pairs: [FilePair] = []
        for path in sourceFiles where !targetSet.contains(path) {
            guard let key = source.captures(in: path) else { continue }
            if let targetPath = targetsByKey[key] {
                pairs.append(FilePair(source: path, target: targetPath))
                paired.insert(targetPath)
            } else {
                let expected = target.path(filling: key) ?? target.text
                diagnostics.warn("source has no translation: expected \(expected) (from '\(target)')", file: path)
            }
        }
        for path in targetFiles where targetSet.contains(path) && !paired.contains(path) {
            let expected = target.captures(in: path).flatMap(source.path(filling:)) ?? source.text
            diagnostics.warn("translation has no source: expected \(expected) (from '\(source)')", file: path)
        }
        return pairs.sorted { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
    }

    /// Finds both patterns' files on disk and pairs them.
    /// - Throws: `InputError` when a folder cannot be read or nothing pairs at all (a CI
    ///   run that checks nothing would pass silently).
    public func pairsOnDisk(diagnostics: inout Diagnostics) throws -> [FilePair] {
        let sources = try FileSearch.files(matching: source)
        guard !sources.isEmpty else { throw InputError(file: source.text, "the pattern matches no file") }
        let targets = try FileSearch.files(matching: target)
        var found = Diagnostics()
        let pairs = pairs(sourceFiles: sources, targetFiles: targets, diagnostics: &found)
        diagnostics.append(contentsOf: found)
        guard !pairs.isEmpty else {
            throw InputError(
                file: target.text, "no file matching the pattern is a translation of a file matching '\(source)' "
                    + "(\(sources.count) source files, \(targets.count) target files)")
        }
        return pairs
    }
}
