import Foundation

/// Pairs the files of a source folder with the same-named files of a target folder, so a
/// whole corpus (one file per chapter) is aligned in one run with the dictionary loaded once.
public enum FolderPairing {
    /// Source and target paths of every source file that has a target file of the same name,
    /// sorted by name. Hidden files are ignored.
    /// - Throws: `InputError` naming a folder that cannot be read, or a source file without
    ///   a target (an alignment of half a corpus would be silently wrong).
    public static func pairs(sourceFolder: String, targetFolder: String) throws -> [(name: String, source: String, target: String)] {
        func names(_ folder: String) throws -> [String] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw InputError(file: folder, "folder cannot be read")
            }
            return names.filter { !$0.hasPrefix(".") }.sorted()
        }
        let targets = Set(try names(targetFolder))
        let sources = try names(sourceFolder)
        guard !sources.isEmpty else { throw InputError(file: sourceFolder, "folder has no files") }
        return try sources.map { name in
            guard targets.contains(name) else {
                throw InputError(file: (targetFolder as NSString).appendingPathComponent(name), "no such file (the source folder has it)")
            }
            return (name, (sourceFolder as NSString).appendingPathComponent(name), (targetFolder as NSString).appendingPathComponent(name))
        }
    }

    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
