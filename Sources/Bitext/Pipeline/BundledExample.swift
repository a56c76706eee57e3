import Foundation

/// The example shipped in the repository, audited by `bitext audit` with no arguments.
public struct BundledExample: Sendable {
    public var sourcePath: String
    public var targetPath: String
    public var glossaryPath: String
    public var reportFolder: String

    public static let lex459 = BundledExample(
        sourcePath: "Examples/lex-459/en.md",
        targetPath: "Examples/lex-459/zh.md",
        glossaryPath: "Glossaries/ai-semiconductor.csv",
        reportFolder: "Reports/lex-459"
    )

    /// The checkout folder holding the example: the given folder or one of its parents, else
    /// the installed data folder (`BundledResources`), where `Scripts/install` copies it.
    public func locate(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(sourcePath).path) {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return (try? BundledResources.url(sourcePath)).map { installed in
            var root = installed
            for _ in sourcePath.split(separator: "/") { root.deleteLastPathComponent() }
            return root.path
        }
    }

    /// Where the example's files are, found from `directory` up, and the run's settings with
    /// the example's glossary added when none was configured.
    public struct LocatedRun: Sendable {
        public var sourcePath: String
        public var targetPath: String
        public var reportFolder: String
        public var options: Auditor.Options
        /// The run's inputs, the example's glossary included when it was loaded.
        public var readFiles: [String]
    }

    public func run(
        from directory: String, options: Auditor.Options, readFiles: [String], diagnostics: inout Diagnostics
    ) throws -> LocatedRun {
        guard let root = locate(from: directory) else {
            throw InputError(
                file: sourcePath,
                "the bundled example was not found; run `bitext audit` from the bitext checkout or pass SOURCE and TARGET")
        }
        // An installed example's folder is not the user's to write in: its report goes below
        // the working folder.
        let installed = (try? BundledResources.url(sourcePath))?.path == root + "/" + sourcePath
        var run = LocatedRun(
            sourcePath: root + "/" + sourcePath, targetPath: root + "/" + targetPath,
            reportFolder: (installed ? directory : root) + "/" + reportFolder,
            options: options, readFiles: readFiles)
        if options.glossary.isEmpty {
            run.options.glossary = try GlossaryLoader.load(path: root + "/" + glossaryPath, diagnostics: &diagnostics)
            run.readFiles.append(root + "/" + glossaryPath)
        }
        // The example's glossary accepts every rendering a reader may meet so that each is
        // recognised, but a transcript's audit wants one rendering per term, and names the
        // glossary lacks surveyed: unless configured, both are reported.
        if run.options.checks.options[InconsistentTermCheck.description.id] == nil {
            var options = InconsistentTermCheck.Options()
            options.acceptedVariants = .one
            options.nameSuggestions = .always
            run.options.checks.options[InconsistentTermCheck.description.id] = options
        }
        return run
    }
}
