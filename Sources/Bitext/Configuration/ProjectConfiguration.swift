import Foundation
import Yams

/// A project's `.bitext.yml`: which checks run and how severe they are, their options,
/// the language pair and the glossaries. Found from the working directory upward.
///
/// ```yaml
/// source-language: en
/// target-language: zh
/// glossaries:
///   - Glossaries/ai-semiconductor.csv
///   - {path: po/terms.csv, columns: {source: source_term, target@zh-TW: translated_term}}
/// pairs: ['docs/en/**/*.md:docs/zh/**/*.md']   # what `bitext check` checks when given no files
/// checks:
///   numbers: off              # or error / warning / info / on
///   cjk-spacing:
///     severity: warning
///     convention: forbid
/// ```
/// Unknown keys and check ids are reported as diagnostics with file and line, so a typo never
/// silently turns a rule off; an unknown option and a value of the wrong kind are errors naming
/// the file, line and what is allowed, found when the file is loaded.
public struct ProjectConfiguration: Sendable {
    public static let fileName = ".bitext.yml"

    public var checks = CheckConfiguration()
    /// Glossaries, their paths resolved against the configuration file's folder.
    public var glossaries: [GlossarySource] = []
    /// The glossaries' paths.
    public var glossaryPaths: [String] {
        get { glossaries.map(\.path) }
        set { glossaries = newValue.map { GlossarySource(path: $0) } }
    }
    public var sourceLanguage: Language?
    public var targetLanguage: Language?
    /// How Markdown is read (`markdown: {front-matter: [title, description]}`).
    public var reading = ReadingOptions()
    /// The source-language catalogue that key catalogues are joined with
    /// (`source-catalogue: translations/messages.en.xlf`), resolved like glossaries.
    public var sourceCataloguePath: String?
    /// `SOURCE:TARGET` glob pairs (`--pairs`), relative to the configuration file's folder:
    /// what `bitext check` checks when the command line names no files, as a pre-commit
    /// hook or a CI step runs it.
    public var pairs: [String] = []
    public var path: String?

    public init() {}

    /// The nearest `.bitext.yml` in `directory` or one of its parents.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public static func load(path: String, diagnostics: inout Diagnostics) throws -> ProjectConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, "is not UTF-8")
        }
        return try parse(text, path: path, diagnostics: &diagnostics)
    }

    public static func parse(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> ProjectConfiguration {
        var configuration = ProjectConfiguration()
        configuration.path = path
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(file: path, line: error.line, column: error.column, "is not valid YAML: \(error.summary)")
        }
        guard let root else { return configuration }
        guard let mapping = root.mapping else {
            throw InputError(file: path, line: root.mark?.line, "must be a mapping of settings")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var linkMap: [LinkPrefixMapping] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "source-language":
                configuration.sourceLanguage = try language(value, path: path)
            case "target-language":
                configuration.targetLanguage = try language(value, path: path)
            case "glossaries":
                let items = value.sequence.map(Array.init) ?? [value]
                configuration.glossaries = try items.map { item in
                    try glossary(item, folder: folder, path: path, diagnostics: &diagnostics)
                }
            case "pairs":
                let items = value.sequence.map(Array.init) ?? [value]
                configuration.pairs = try items.map { item in
                    guard let string = item.string, !string.isEmpty else {
                        throw InputError(file: path, line: item.mark?.line, column: item.mark?.column, "a pair must be 'SOURCE-GLOB:TARGET-GLOB'")
                    }
                    do {
                        _ = try GlobPairing(argument: string)
                    } catch let error as GlobPattern.SyntaxError {
                        throw InputError(file: path, line: item.mark?.line, column: item.mark?.column, "\(error)")
                    }
                    return string
                }
            case "source-catalogue":
                guard let string = value.string, !string.isEmpty else {
                    throw InputError(file: path, line: value.mark?.line, column: value.mark?.column, "“source-catalogue” must be a file path")
                }
                configuration.sourceCataloguePath = string.hasPrefix("/") ? string : folder.appendingPathComponent(string).path
            case "checks":
                try parseChecks(value, into: &configuration.checks, path: path, diagnostics: &diagnostics)
            case "markdown":
                configuration.reading.frontMatterKeys = try parseMarkdown(value, path: path, diagnostics: &diagnostics)
            case "links":
                linkMap = try parseLinks(value, path: path, diagnostics: &diagnostics)
            default:
                diagnostics.warn("unknown setting “\(key)” is ignored", file: path, line: keyNode.mark?.line, column: keyNode.mark?.column)
            }
        }
        if !linkMap.isEmpty {
            // Whatever `checks: markup:` set, with the project's link map added.
            var markup = configuration.checks.options[MarkupCheck.description.id] as? MarkupCheck.Options ?? MarkupCheck.Options()
            markup.linkMap = linkMap
            configuration.checks.options[MarkupCheck.description.id] = markup
        }
        return configuration
    }

    /// A glossary entry: a path, or `{path: terms.csv, columns: {source: source_term,
    /// target@zh-TW: translated_term}}` for a file whose headers have other names.
    private static func glossary(_ item: Node, folder: URL, path: String, diagnostics: inout Diagnostics) throws -> GlossarySource {
        func resolved(_ node: Node) throws -> String {
            guard let string = node.string, !string.isEmpty else {
                throw InputError(
                    file: path, line: node.mark?.line, column: node.mark?.column,
                    "a glossary must be a file path or a mapping {path: FILE, columns: {source: HEADER, target@zh-TW: HEADER}}")
            }
            return string.hasPrefix("/") ? string : folder.appendingPathComponent(string).path
        }
        guard let mapping = item.mapping else { return GlossarySource(path: try resolved(item)) }
        var file: String?
        var columns: GlossaryColumnMapping?
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "path":
                file = try resolved(value)
            case "columns":
                columns = try glossaryColumns(value, path: path)
            default:
                diagnostics.warn(
                    "unknown setting “\(keyNode.string ?? "")” of a glossary is ignored (path, columns)",
                    file: path, line: keyNode.mark?.line, column: keyNode.mark?.column)
            }
        }
        guard let file else {
            throw InputError(file: path, line: item.mark?.line, column: item.mark?.column, "a glossary mapping needs “path”")
        }
        return GlossarySource(path: file, columns: columns)
    }

    /// `columns: {source: source_term, target@zh-TW: translated_term}`: bitext's column → the file's header.
    private static func glossaryColumns(_ node: Node, path: String) throws -> GlossaryColumnMapping {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw InputError(
                file: path, line: node.mark?.line, column: node.mark?.column,
                "“columns” must map glossary columns to the file's headers, e.g. {source: source_term, target@zh-TW: translated_term}")
        }
        var headers: [GlossaryColumn: String] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            let column: GlossaryColumn?
            do {
                column = try GlossaryColumn(name: name)
            } catch let error as GlossaryColumn.NameError {
                throw InputError(file: path, line: keyNode.mark?.line, column: keyNode.mark?.column, error.message)
            }
            guard let column else {
                throw InputError(
                    file: path, line: keyNode.mark?.line, column: keyNode.mark?.column,
                    "“\(name)” is not a glossary column (\(GlossaryColumn.summary))")
            }
            guard let header = value.string, !header.isEmpty else {
                throw InputError(file: path, line: value.mark?.line, column: value.mark?.column, "the header for “\(name)” must be a column name of the file")
            }
            guard headers[column] == nil else {
                throw InputError(file: path, line: keyNode.mark?.line, column: keyNode.mark?.column, "column \(column) is mapped twice")
            }
            headers[column] = header
        }
        return GlossaryColumnMapping(headers: headers)
    }

    /// `markdown: {front-matter: [title, description, …]}`: the front-matter keys translated.
    private static func parseMarkdown(_ node: Node, path: String, diagnostics: inout Diagnostics) throws -> Set<String> {
        guard let mapping = node.mapping else {
            throw InputError(file: path, line: node.mark?.line, column: node.mark?.column, "“markdown” must be a mapping (front-matter: [title, …])")
        }
        var keys = FrontMatter.defaultTranslatableKeys
        for (keyNode, value) in mapping {
            guard keyNode.string == "front-matter" else {
                diagnostics.warn("unknown setting “markdown: \(keyNode.string ?? "")” is ignored", file: path, line: keyNode.mark?.line, column: keyNode.mark?.column)
                continue
            }
            guard let items = value.sequence, items.allSatisfy({ $0.string?.isEmpty == false }) else {
                throw InputError(file: path, line: value.mark?.line, column: value.mark?.column, "“front-matter” must be a list of keys, e.g. [title, description]")
            }
            keys = Set(items.compactMap { $0.string?.lowercased() })
        }
        return keys
    }

    /// `links: {map: {"/docs/": "/zh-cn/docs/"}}`: source link prefixes and what the
    /// translation writes for them.
    private static func parseLinks(_ node: Node, path: String, diagnostics: inout Diagnostics) throws -> [LinkPrefixMapping] {
        guard let mapping = node.mapping else {
            throw InputError(file: path, line: node.mark?.line, column: node.mark?.column, "“links” must be a mapping (map: {\"/docs/\": \"/zh-cn/docs/\"})")
        }
        var result: [LinkPrefixMapping] = []
        for (keyNode, value) in mapping {
            guard keyNode.string == "map" else {
                diagnostics.warn("unknown setting “links: \(keyNode.string ?? "")” is ignored", file: path, line: keyNode.mark?.line, column: keyNode.mark?.column)
                continue
            }
            guard let prefixes = value.mapping else {
                throw InputError(file: path, line: value.mark?.line, column: value.mark?.column, "“map” must map source link prefixes to translated ones")
            }
            for (source, target) in prefixes {
                guard let from = source.string, !from.isEmpty, let to = target.string, !to.isEmpty else {
                    throw InputError(file: path, line: source.mark?.line, column: source.mark?.column, "a link prefix must be a non-empty string")
                }
                result.append(LinkPrefixMapping(source: from, target: to))
            }
        }
        return result
    }

    private static func parseChecks(_ node: Node, into checks: inout CheckConfiguration, path: String, diagnostics: inout Diagnostics) throws {
        guard let mapping = node.mapping else {
            throw InputError(file: path, line: node.mark?.line, column: node.mark?.column, "“checks” must map check ids to settings")
        }
        for (keyNode, value) in mapping {
            let id = keyNode.string ?? ""
            guard let check = CheckRegistry.check(withID: id) else {
                diagnostics.warn("unknown check “\(id)” (see `bitext checks`)", file: path, line: keyNode.mark?.line, column: keyNode.mark?.column)
                continue
            }
            if let scalar = value.scalar?.string {
                try apply(scalar, to: id, checks: &checks, path: path, node: value)
                continue
            }
            guard let settings = value.mapping else {
                throw InputError(file: path, line: value.mark?.line, column: value.mark?.column, "settings of “\(id)” must be a severity, off, or a mapping")
            }
            for (settingNode, settingValue) in settings {
                let setting = settingNode.string ?? ""
                // A list option may be written as a YAML sequence of names.
                let takesList = check.description.options.options.contains { $0.key == setting && $0.isList }
                let listed = settingValue.sequence.flatMap { items in
                    items.allSatisfy { $0.scalar != nil } ? items.compactMap { $0.scalar?.string }.joined(separator: ", ") : nil
                }
                guard let string = settingValue.scalar?.string ?? (takesList ? listed : nil) else {
                    throw InputError(
                        file: path, line: settingValue.mark?.line, column: settingValue.mark?.column,
                        "“\(setting)” of “\(id)” must be a single value, not a list or mapping")
                }
                switch setting {
                case "severity", "enabled":
                    try apply(string, to: id, checks: &checks, path: path, node: settingValue)
                default:
                    do {
                        try checks.setOption(setting, to: string, for: check)
                    } catch {
                        // An unknown option names its key, a refused value the value.
                        let node = check.description.options.options.contains { $0.key == setting } ? settingValue : settingNode
                        throw InputError(file: path, line: node.mark?.line, column: node.mark?.column, error.message)
                    }
                }
            }
        }
    }

    /// `off`/`false` disables, `on`/`true` enables, a severity name sets the severity.
    private static func apply(_ value: String, to id: String, checks: inout CheckConfiguration, path: String, node: Node) throws {
        switch value.lowercased() {
        case "off", "false", "no", "disabled":
            checks.disabled.insert(id)
        case "on", "true", "yes", "enabled":
            checks.disabled.remove(id)
        default:
            guard let severity = Severity(rawValue: value.lowercased()) else {
                throw InputError(
                    file: path, line: node.mark?.line, column: node.mark?.column,
                    "“\(value)” for “\(id)” is not one of error, warning, info, on, off")
            }
            checks.disabled.remove(id)
            checks.severities[id] = severity
        }
    }

    private static func language(_ node: Node, path: String) throws -> Language {
        let code = (node.string ?? "").lowercased()
        if code == "en" || code.hasPrefix("en-") { return .english }
        if code == "zh" || code.hasPrefix("zh-") { return .chinese }
        throw InputError(file: path, line: node.mark?.line, column: node.mark?.column, "language “\(node.string ?? "")” is not en or zh")
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    var column: Int? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.column
        default:
            return nil
        }
    }

    var summary: String {
        switch self {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return description
        }
    }
}
