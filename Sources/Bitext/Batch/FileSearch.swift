import Foundation

/// Finds the files on disk a `GlobPattern` matches, walking only the pattern's root folder
/// (and only as deep as the pattern reaches). Paths are spelled the way the pattern is
/// (relative patterns give relative paths), so findings name files as the user wrote them.
public enum FileSearch {
    /// Regular files matching the pattern, sorted by path. Hidden files and folders are
    /// skipped, and symbolic links to folders are not followed (no cycles).
    /// A root folder that does not exist holds no files.
    /// - Throws: `InputError` when a folder cannot be read.
    public static func files(matching pattern: GlobPattern) throws -> [String] {
        let root = pattern.root
        let rootDepth = pattern.components.dropLast().prefix { $0.isLiteral }.count
        let reach: Int? = pattern.components.contains(.anyFolders) ? nil : pattern.components.count - rootDepth
        guard isFolder(root) else { return [] }
        let prefix = rootDepth == 0 ? "" : (root == "/" ? "/" : root + "/")
        var found: [String] = []
        try walk(folder: root, displayPrefix: prefix, remainingDepth: reach, into: &found)
        return found.filter(pattern.matches).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func walk(folder: String, displayPrefix: String, remainingDepth: Int?, into found: inout [String]) throws {
        if let remainingDepth, remainingDepth <= 0 { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw InputError(file: folder, "folder cannot be read")
        }
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let display = displayPrefix + name
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                try walk(folder: path, displayPrefix: display + "/", remainingDepth: remainingDepth.map { $0 - 1 }, into: &found)
            } else if type == .typeRegular || (type == .typeSymbolicLink && !isFolder(path)) {
                found.append(display)
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
