import Foundation

/// What one run is configured with, merged in one place so that a Swift user of the library
/// gets what the command line gets: the project's `.bitext.yml` (the one named, or the
/// nearest from `workingDirectory` up), its glossaries, then the run's own settings on top.
public struct RunConfiguration: Sendable {
    /// A configuration file to use instead of searching for `.bitext.yml`.
    public var configurationPath: String?
    /// Glossaries added to the configuration's.
    public var glossaryPaths: [String]
    /// The column mapping of `glossaryPaths` (`--glossary-columns`), for CSV and TSV files
    /// whose headers have other names.
    public var glossaryColumns: GlossaryColumnMapping?
    public var presegmented: Bool
    public var encoding: TextEncoding?
    /// Where the search for `.bitext.yml` starts.
    public var workingDirectory: String
    /// The source-language catalogue of a key catalogue (`--source-catalogue`), instead of
    /// the configuration's `source-catalogue`.
    public var sourceCataloguePath: String?

    public init(
        configurationPath: String? = nil, glossaryPaths: [String] = [], presegmented: Bool = false, encoding: TextEncoding? = nil,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.configurationPath = configurationPath
        self.glossaryPaths = glossaryPaths
        self.presegmented = presegmented
        self.encoding = encoding
        self.workingDirectory = workingDirectory
    }

    /// The merged options, and every file they were read from (the configuration and each
    /// glossary), which no output of the run may replace. Trouble that does not stop the
    /// run (an unknown setting, a duplicate term) goes to `diagnostics`.
    public func resolve(diagnostics: inout Diagnostics) throws -> (options: Auditor.Options, readFiles: [String], pairs: [String]) {
        let projectPath = configurationPath ?? ProjectConfiguration.find(from: workingDirectory)
        let project = try projectPath.map { try ProjectConfiguration.load(path: $0, diagnostics: &diagnostics) } ?? ProjectConfiguration()
        let sources = project.glossaries + glossaryPaths.map { GlossarySource(path: $0, columns: glossaryColumns) }
        let glossaries = sources.map(\.path)
        var combined = Glossary.empty
        for source in sources {
            combined = combined.merged(with: try GlossaryLoader.load(source, diagnostics: &diagnostics))
        }
        var options = Auditor.Options(glossary: combined, checks: project.checks, presegmented: presegmented, encoding: encoding)
        options.sourceLanguage = project.sourceLanguage
        options.targetLanguage = project.targetLanguage
        options.reading = project.reading
        let cataloguePath = sourceCataloguePath ?? project.sourceCataloguePath
        if let cataloguePath {
            options.sourceCatalogue = try SourceCatalogueJoin.load(path: cataloguePath, encoding: encoding, diagnostics: &diagnostics)
        }
        return (
            options, [projectPath].compactMap { $0 } + glossaries + [cataloguePath].compactMap { $0 },
            project.pairs.map { Self.pairs($0, from: projectPath, in: workingDirectory) })
    }

    /// A configured `SOURCE:TARGET` made relative to the working folder: unchanged when the
    /// configuration sits there, led by the way from here to its folder otherwise.
    static func pairs(_ argument: String, from configurationPath: String?, in workingDirectory: String) -> String {
        guard let configurationPath else { return argument }
        let folder = URL(fileURLWithPath: configurationPath).deletingLastPathComponent().standardizedFileURL.pathComponents
        let here = URL(fileURLWithPath: workingDirectory).standardizedFileURL.pathComponents
        let shared = zip(folder, here).prefix { $0 == $1 }.count
        let way = Array(repeating: "..", count: here.count - shared) + folder.dropFirst(shared)
        guard !way.isEmpty else { return argument }
        let prefix = way.joined(separator: "/") + "/"
        return argument.split(separator: ":", maxSplits: 1).map { $0.hasPrefix("/") ? String($0) : prefix + $0 }.joined(separator: ":")
    }
}
