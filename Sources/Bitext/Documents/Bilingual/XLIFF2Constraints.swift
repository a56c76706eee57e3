/// The XLIFF 2 processing requirements a schema cannot express, checked on the nodes the reader
/// walks (it is the `XMLStreamReader.observer` of an XLIFF 2 read): unique ids in their scope
/// (files; groups and units in a file; notes; extension elements in a file, group or unit),
/// languages and white-space handling that match, skeletons, sub-flow references, module
/// attributes and elements, fragment identifiers, `cp` characters; what holds inside a unit is
/// `XLIFF2UnitConstraints`. The first rule broken ends the read with an `InputError` naming the
/// line and the rule. Memory: the open elements, one unit, and the file's group and unit ids.
final class XLIFF2Constraints {
    let path: String
    private var stack: [Frame] = []
    private var sourceLanguage: String?
    private var targetLanguage: String?
    private var fileIDs: Set<String> = []
    private var file: FileScope?
    private var unit: XLIFF2UnitConstraints?
    private var extensionIDScopes: [Set<String>] = []
    private var noteIDs: Set<String> = []
    private var skeleton: (line: Int, hasReference: Bool, hasContent: Bool)?
    private var modules: XLIFF2ModuleConstraints

    private struct Frame {
        var name: String
        var namespace: String?
        /// An element of the core outside any module or extension element.
        var isCore: Bool
        /// Inside (or itself) a module or extension element.
        var isForeign: Bool
        var language: String?
        var space: String
    }

    private struct FileScope {
        var id: String?
        var groupIDs: Set<String> = []
        var unitIDs: Set<String> = []
        var subFlows: [(unit: String, line: Int)] = []
    }

    /// XLIFF 2.0 and 2.1 share a core namespace; 2.2 has its own for the same elements.
    static let coreNamespaces: Set = ["urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.2"]
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let itsNamespace = "http://www.w3.org/2005/11/its"
    static let modulePrefix = "urn:oasis:names:tc:xliff:"
    static let formatStyleNamespace = "urn:oasis:names:tc:xliff:fs:2.0"
    /// The elements of modules whose schemas bitext does not bundle (they are written for the
    /// 2.0 core namespace): anything else in their namespace is not part of the module.
    static let moduleElements: [String: (module: String, elements: Set<String>)] = [
        "urn:oasis:names:tc:xliff:validation:2.0": ("Validation", ["validation", "rule"]),
        "urn:oasis:names:tc:xliff:matches:2.0": ("Translation Candidates", ["matches", "match"]),
        "urn:oasis:names:tc:xliff:resourcedata:2.0": ("Resource Data", ["resourceData", "resourceItemRef", "resourceItem", "source", "target", "reference"]),
        "urn:oasis:names:tc:xliff:changetracking:2.0": ("Change Tracking", ["changeTrack", "revisions", "revision", "item"]),
    ]
    /// The values of `fs:fs`: the HTML element names the Format Style module lists.
    static let formatStyleElements: Set = [
        "a", "b", "bdo", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
        "colgroup", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html",
        "i", "img", "label", "legend", "li", "ol", "p", "pre", "q", "s", "samp", "select", "small", "span", "strike",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul",
    ]
    static let subFlowAttributes = ["subFlows", "subFlowsStart", "subFlowsEnd"]

    init(path: String) {
        self.path = path
        self.modules = XLIFF2ModuleConstraints(path: path)
    }

    private func fail(_ line: Int, _ message: String) -> InputError {
        InputError(file: path, line: line, message)
    }

    /// Called with the reader on each node it moves to.
    func observe(_ reader: XMLStreamReader) throws {
        switch reader.nodeType {
        case .element:
            try start(reader)
            if reader.isEmptyElement { try end(line: reader.line) }
        case .endElement:
            try end(line: reader.line)
        case .text:
            // Text is looked at only where a rule depends on it (most text nodes are not).
            if modules.readsText { modules.text(reader.value) }
            if stack.last?.name == "skeleton", stack.last?.isCore == true,
               !reader.value.allSatisfy(\.isWhitespace) {
                skeleton?.hasContent = true
            }
        default:
            break
        }
    }

    private func start(_ reader: XMLStreamReader) throws {
        let line = reader.line
        let name = reader.localName
        let namespace = reader.namespaceURI
        let parent = stack.last
        let all = reader.attributes()
        var attributes: [String: String] = [:]
        var language: String?
        var space: String?
        var xmlID: String?
        for attribute in all {
            switch attribute.namespaceURI {
            case nil: attributes[attribute.localName] = attribute.value
            case Self.xmlNamespace?:
                if attribute.localName == "lang" { language = attribute.value }
                if attribute.localName == "space" { space = attribute.value }
                if attribute.localName == "id" { xmlID = attribute.value }
            default: break
            }
        }
        let isForeign = (parent?.isForeign ?? false) || !Self.coreNamespaces.contains(namespace ?? "")
        let frame = Frame(name: name, namespace: namespace, isCore: !isForeign, isForeign: isForeign,
                          language: language ?? parent?.language, space: space ?? parent?.space ?? "default")
        if skeleton != nil { skeleton?.hasContent = true }
        try checkModuleAttributes(all, element: name, isCore: !isForeign, isolated: attributes["isolated"] == "yes", line: line)
        try modules.start(name, namespace: namespace, attributes: attributes, all: all, language: language,
                          sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, line: line)
        if namespace == XLIFF2ModuleConstraints.matches, name == "match", let reference = attributes["ref"] {
            unit?.addSpanReference(reference, element: "mtc:match", line: line)
        }
        if isForeign {
            if !Self.coreNamespaces.contains(namespace ?? "") {
                try checkForeignElement(reader.qualifiedName, namespace: namespace, id: attributes["id"] ?? xmlID, line: line)
            }
            if namespace?.hasPrefix(Self.modulePrefix) == true, let reference = attributes["ref"], reference.hasPrefix("#") {
                try checkFragment(reference, line: line)
            }
        } else {
            try startCore(name, attributes: attributes, frame: frame, parent: parent, line: line)
        }
        stack.append(frame)
    }

    private func startCore(_ name: String, attributes: [String: String], frame: Frame, parent: Frame?, line: Int) throws {
        switch name {
        case "xliff":
            sourceLanguage = attributes["srcLang"]
            targetLanguage = attributes["trgLang"]
            for key in ["srcLang", "trgLang"] {
                if let tag = attributes[key], !Self.isWellFormedLanguageTag(tag) {
                    throw fail(line, "\(key) \"\(tag)\" is not a well-formed BCP 47 language tag")
                }
            }
        case "file":
            if let id = attributes["id"], !fileIDs.insert(id).inserted {
                throw fail(line, "<file> id \"\(id)\" is used twice: file ids must be unique in the document")
            }
            file = FileScope(id: attributes["id"])
            modules.startFile()
            extensionIDScopes.append([])
        case "skeleton":
            skeleton = (line, attributes["href"] != nil, false)
        case "group":
            if let id = attributes["id"], file?.groupIDs.insert(id).inserted == false {
                throw fail(line, "<group> id \"\(id)\" is used twice in file \(file?.id ?? "?"): group ids must be unique within a file")
            }
            extensionIDScopes.append([])
        case "unit":
            let id = attributes["id"] ?? ""
            if file?.unitIDs.insert(id).inserted == false {
                throw fail(line, "<unit> id \"\(id)\" is used twice in file \(file?.id ?? "?"): unit ids must be unique within a file")
            }
            unit = XLIFF2UnitConstraints(id: id, path: path, fileID: file?.id)
            extensionIDScopes.append([])
        case "notes":
            noteIDs = []
        case "note":
            guard let id = attributes["id"] else { break }
            if !noteIDs.insert(id).inserted {
                throw fail(line, "<note> id \"\(id)\" is used twice in these notes: note ids must be unique within their <notes>")
            }
            if stack.dropLast().last?.name == "unit" { unit?.addNote(id: id) }
        case "data":
            if let id = attributes["id"] { try unit?.addData(id: id, line: line) }
        case "segment", "ignorable":
            try unit?.startPart(name, attributes: attributes, line: line)
        case "source" where parent?.name == "segment" || parent?.name == "ignorable",
             "target" where parent?.name == "segment" || parent?.name == "ignorable":
            try unit?.startContent(isTarget: name == "target", attributes: attributes, language: frame.language, space: frame.space,
                                   sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, line: line)
        case "cp":
            try checkCharacter(attributes["hex"], line: line)
            try unit?.inline(name, attributes: attributes, line: line)
        default:
            for key in Self.subFlowAttributes {
                for id in (attributes[key] ?? "").split(separator: " ") { file?.subFlows.append((String(id), line)) }
            }
            if name == "mrk" || name == "sm", let reference = attributes["ref"], reference.hasPrefix("#"),
               attributes["type"] != "comment" {
                try checkFragment(reference, line: line)
            }
            try unit?.inline(name, attributes: attributes, line: line)
        }
    }

    private func end(line: Int) throws {
        guard let frame = stack.popLast() else { return }
        guard frame.isCore else { return try modules.end(frame.name, namespace: frame.namespace) }
        switch frame.name {
        case "file":
            if let file, let missing = file.subFlows.first(where: { !file.unitIDs.contains($0.unit) }) {
                throw fail(missing.line, "sub-flow reference \"\(missing.unit)\" points to no <unit> in file \(file.id ?? "?")")
            }
            file = nil
            extensionIDScopes.removeLast()
        case "group":
            extensionIDScopes.removeLast()
        case "unit":
            try unit?.finish(line: line)
            unit = nil
            extensionIDScopes.removeLast()
        case "skeleton":
            if let skeleton {
                if skeleton.hasReference, skeleton.hasContent {
                    throw fail(skeleton.line, "<skeleton> has href and content: it must have one or the other")
                }
                if !skeleton.hasReference, !skeleton.hasContent {
                    throw fail(skeleton.line, "<skeleton> is empty and has no href: it must have one or the other")
                }
            }
            skeleton = nil
        case "source", "target":
            unit?.endContent()
        default:
            break
        }
    }

    /// Module attributes: only `fs:fs` (an HTML element name) and `fs:subFs` exist, `subFs` needs `fs`, and an `<ec>`
    /// that closes an `<sc>` takes its format from it. Inline codes take module attributes
    /// only, not those of extensions (bitext's own `bx:` attributes excepted: they carry the
    /// codes of the format a file was converted from).
    private func checkModuleAttributes(_ attributes: [XMLAttribute], element: String, isCore: Bool, isolated: Bool, line: Int) throws {
        let formatStyle = attributes.filter { $0.namespaceURI == Self.formatStyleNamespace }
        if let unknown = formatStyle.first(where: { $0.localName != "fs" && $0.localName != "subFs" }) {
            throw fail(line, "\(unknown.qualifiedName) is not an attribute of the Format Style module (fs:fs, fs:subFs)")
        }
        if let value = formatStyle.first(where: { $0.localName == "fs" })?.value, !Self.formatStyleElements.contains(value) {
            throw fail(line, "fs:fs=\"\(value)\" is not one of the HTML element names the Format Style module allows")
        }
        if formatStyle.contains(where: { $0.localName == "subFs" }), !formatStyle.contains(where: { $0.localName == "fs" }) {
            throw fail(line, "fs:subFs without fs:fs on <\(element)>")
        }
        guard isCore else { return }
        if element == "ec", !isolated, let attribute = formatStyle.first {
            throw fail(line, "\(attribute.qualifiedName) on an <ec> that is not isolated: it takes its format from its <sc>")
        }
        if XLIFF2UnitConstraints.codeElements.contains(element),
           let extensionAttribute = attributes.first(where: { attribute in
               guard let namespace = attribute.namespaceURI else { return false }
               return !namespace.hasPrefix(Self.modulePrefix) && namespace != Self.itsNamespace
                   && namespace != Self.xmlNamespace && namespace != BitextXMLNamespace.uri
           }) {
            throw fail(line, "<\(element)> has the extension attribute \(extensionAttribute.qualifiedName): inline codes take only XLIFF and module attributes")
        }
    }

    /// Module elements bitext knows, and unique ids among the extension elements of one
    /// namespace in the enclosing file, group or unit.
    private func checkForeignElement(_ name: String, namespace: String?, id: String?, line: Int) throws {
        if let namespace, let module = Self.moduleElements[namespace], !module.elements.contains(localName(name)) {
            throw fail(line, "<\(name)> is not an element of the \(module.module) module")
        }
        guard let id, !extensionIDScopes.isEmpty else { return }
        if !extensionIDScopes[extensionIDScopes.count - 1].insert((namespace ?? "") + " " + id).inserted {
            throw fail(line, "id \"\(id)\" of <\(name)> is used twice among the elements of namespace \(namespace ?? "none") in the enclosing file, group or unit")
        }
    }

    static func isNameToken(_ value: String) -> Bool {
        !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || ".-_:".contains($0) }
    }

    private func localName(_ qualifiedName: String) -> String {
        qualifiedName.split(separator: ":").last.map(String.init) ?? qualifiedName
    }

    private func checkFragment(_ reference: String, line: Int) throws {
        do { _ = try XLIFF2FragmentIdentifier(parsing: reference) } catch {
            throw fail(line, "ref=\"\(reference)\" is not a valid XLIFF fragment identifier: \(error.reason)")
        }
    }

    /// BCP 47 syntax (RFC 5646), which `xs:language` only approximates: a primary subtag of 2–8
    /// letters (or a private-use `x-` / grandfathered `i-` tag), then subtags of 1–8 letters or
    /// digits, each single-character subtag followed by at least one more.
    static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return false }
        let lowered = primary.lowercased()
        if lowered == "x" || lowered == "i" { return subtags.count > 1 }
        guard primary.count >= 2, primary.allSatisfy(\.isLetter) else { return false }
        return subtags.last?.count != 1
    }

    /// `<cp>` stands only for a character XML cannot hold.
    private func checkCharacter(_ hex: String?, line: Int) throws {
        guard let hex, let value = UInt32(hex, radix: 16) else { return }
        let allowedInXML = value == 0x9 || value == 0xA || value == 0xD
            || (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
        if allowedInXML {
            throw fail(line, "<cp hex=\"\(hex)\"> codes a character XML allows: <cp> is only for characters XML forbids")
        }
    }
}
