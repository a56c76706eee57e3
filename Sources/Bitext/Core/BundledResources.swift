import Foundation

/// The data files bitext ships (CC-CEDICT, the XLIFF 2 schemas), found beside the
/// executable rather than through `Bundle.module`, whose path is the build folder and whose
/// absence stops the process: an installed or copied binary must find its data, or say
/// which file it could not find.
///
/// Folders searched, first match wins:
/// 1. `$BITEXT_DATA`, when set (then nothing else: a wrong setting is reported, not skipped);
/// 2. `<executable folder>/../share/bitext` — the layout `Scripts/install` and release
///    archives create;
/// 3. `<executable folder>/bitext_Bitext.resources` — SwiftPM's build folder, where tests
///    and `swift run` find it.
public enum BundledResources {
    /// The environment variable that names the data folder explicitly.
    public static let environmentVariable = "BITEXT_DATA"

    /// The files and folders every run may need, relative to the data folder.
    public static let required = ["cedict_ts.u8", "CEDICT-LICENSE.md", "xliff-2.1/xliff_core.xsd"]

    /// The location of a shipped file or folder; throws an error naming it and the folders
    /// searched when it is missing or unreadable.
    public static func url(_ name: String) throws(InputError) -> URL {
        let folders = try candidateFolders()
        for folder in folders {
            let url = folder.appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        throw InputError(
            file: name,
            "bitext's data file is missing or unreadable (looked in \(folders.map(\.path).joined(separator: ", "))); "
                + "reinstall bitext, or set \(environmentVariable) to the folder holding its data")
    }

    /// Throws for the first required file that cannot be found: run before a command, so a
    /// broken installation stops with the file's name instead of misaligning quietly.
    public static func verify() throws(InputError) {
        for name in required { _ = try url(name) }
    }

    static func candidateFolders() throws(InputError) -> [URL] {
        if let explicit = ProcessInfo.processInfo.environment[environmentVariable], !explicit.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isFolder), isFolder.boolValue else {
                throw InputError(file: explicit, "\(environmentVariable) names no folder")
            }
            return [URL(fileURLWithPath: explicit, isDirectory: true)]
        }
        guard let executable = executableURL() else { return [] }
        let folder = executable.deletingLastPathComponent()
        return [
            folder.deletingLastPathComponent().appendingPathComponent("share/bitext", isDirectory: true).standardizedFileURL,
            folder.appendingPathComponent("bitext_Bitext.resources", isDirectory: true),
        ]
    }

    /// The running executable with symbolic links resolved, so a link in `~/bin` to an
    /// installed binary still finds the data beside the binary itself.
    private static func executableURL() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}
