/// Processing requirements of the XLIFF 2 modules that their schemas do not express
/// (Translation Candidates, Glossary, Size and Length Restriction, Validation, Resource Data).
/// Modules are optional for a reader, but a document that misuses one is still invalid.
/// Fed by `XLIFF2Constraints`; holds only the module element being read.
struct XLIFF2ModuleConstraints {
    static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    static let sizeRestriction = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
    static let validation = "urn:oasis:names:tc:xliff:validation:2.0"
    static let resourceData = "urn:oasis:names:tc:xliff:resourcedata:2.0"
    static let matchTypes: Set = ["am", "mt", "icm", "idm", "tb", "tm", "other"]
    static let validationTests = ["isPresent", "isNotPresent", "startsWith", "endsWith"]

    let path: String
    private var glossEntry: (line: Int, explained: Bool)?
    private var resource: (name: String, line: Int, hasReference: Bool, hasContent: Bool)?
    /// Whether the file's `<slr:profiles>` names one of the specification's own profiles
    /// (`xliff:codepoints` for sizes, `xliff:utf8`/`utf16`/`utf32` for storage), whose values are
    /// integers and restriction patterns; other profiles define their own values.
    private var standardSizeProfile = false
    private var standardStorageProfile = false

    init(path: String) {
        self.path = path
    }

    private func fail(_ line: Int, _ message: String) -> InputError {
        InputError(file: path, line: line, message)
    }

    mutating func startFile() {
        standardSizeProfile = false
        standardStorageProfile = false
    }

    /// A module element, or any element carrying module attributes, begins.
    /// `attributes` are its attributes without a namespace.
    mutating func start(_ name: String, namespace: String?, attributes: [String: String], all: [XMLAttribute],
                        language: String?, sourceLanguage: String?, targetLanguage: String?, line: Int) throws {
        if resource != nil { resource?.hasContent = true }
        try checkSizeAttributes(all, element: name, isolated: attributes["isolated"] == "yes", line: line)
        switch (namespace, name) {
        case (Self.sizeRestriction?, "profiles"):
            standardSizeProfile = attributes["generalProfile"]?.hasPrefix("xliff:") == true
            standardStorageProfile = attributes["storageProfile"]?.hasPrefix("xliff:") == true
        case (Self.matches?, "match"):
            if language != nil, all.contains(where: { $0.localName == "lang" && $0.namespaceURI == XLIFF2Constraints.xmlNamespace }) {
                throw fail(line, "<mtc:match> has xml:lang, which the Translation Candidates module forbids on it")
            }
            if let id = attributes["id"], !XLIFF2Constraints.isNameToken(id) {
                throw fail(line, "id \"\(id)\" of <mtc:match> is not an NMTOKEN")
            }
            if attributes["subType"] != nil, attributes["type"] == nil {
                throw fail(line, "<mtc:match> has subType but no type: subType requires type")
            }
            if let type = attributes["type"], !Self.matchTypes.contains(type) {
                throw fail(line, "type \"\(type)\" of <mtc:match> is not one of \(Self.matchTypes.sorted().joined(separator: ", "))")
            }
            guard let reference = attributes["ref"], reference.hasPrefix("#") else {
                throw fail(line, "ref=\"\(attributes["ref"] ?? "")\" of <mtc:match> must be a fragment identifier (#id) of a span in its unit")
            }
        case (Self.glossary?, "glossEntry"):
            glossEntry = (line, false)
        case (Self.glossary?, "translation"), (Self.glossary?, "definition"):
            glossEntry?.explained = true
        case (Self.validation?, "rule"):
            try checkRule(attributes, all: all, line: line)
        case (Self.resourceData?, "source"), (Self.resourceData?, "target"):
            if name == "source", let language, let sourceLanguage, language.lowercased() != sourceLanguage.lowercased() {
                throw fail(line, "xml:lang \(language) of <res:source> is not the document's srcLang \(sourceLanguage)")
            }
            resource = (name, line, attributes["href"] != nil, false)
        default:
            break
        }
    }

    /// Whether `text(_:)` needs the text being read (inside a Resource Data source or target).
    var readsText: Bool { resource != nil }

    mutating func text(_ value: String) {
        if resource != nil, !value.allSatisfy(\.isWhitespace) { resource?.hasContent = true }
    }

    /// A module element ends.
    mutating func end(_ name: String, namespace: String?) throws {
        switch (namespace, name) {
        case (Self.glossary?, "glossEntry"):
            if let entry = glossEntry, !entry.explained {
                throw fail(entry.line, "<gls:glossEntry> has neither <gls:translation> nor <gls:definition>: it needs at least one")
            }
            glossEntry = nil
        case (Self.resourceData?, "source"), (Self.resourceData?, "target"):
            if let resource, resource.hasReference == resource.hasContent {
                throw fail(resource.line, resource.hasReference
                    ? "<res:\(resource.name)> has href and content: href is required if and only if it is empty"
                    : "<res:\(resource.name)> is empty and has no href: href is required if and only if it is empty")
            }
            resource = nil
        default:
            break
        }
    }

    /// Size and Length Restriction attributes: integers and restriction patterns under the
    /// specification's own profiles, `sizeInfo` or `sizeInfoRef` but not both, and none of the
    /// per-code ones on an `<ec>` that closes an `<sc>`.
    private func checkSizeAttributes(_ all: [XMLAttribute], element: String, isolated: Bool, line: Int) throws {
        let size = Dictionary(all.filter { $0.namespaceURI == Self.sizeRestriction }.map { ($0.localName, $0.value) }) { first, _ in first }
        guard !size.isEmpty else { return }
        for (name, standard) in [("sizeInfo", standardSizeProfile), ("equivStorage", standardStorageProfile)] where standard {
            if let value = size[name], UInt(value) == nil {
                throw fail(line, "slr:\(name)=\"\(value)\" is not a non-negative integer, as the file's standard profile requires")
            }
        }
        for (name, standard) in [("sizeRestriction", standardSizeProfile), ("storageRestriction", standardStorageProfile)] where standard {
            if let value = size[name], !Self.isRestriction(value) {
                throw fail(line, "slr:\(name)=\"\(value)\" is none of the patterns *, N, N,N or N,* of the file's standard profile")
            }
        }
        if size["sizeInfo"] != nil, size["sizeInfoRef"] != nil {
            throw fail(line, "slr:sizeInfo and slr:sizeInfoRef on the same element: only one is allowed")
        }
        if element == "ec", !isolated, let name = ["equivStorage", "sizeInfo", "sizeInfoRef"].first(where: { size[$0] != nil }) {
            throw fail(line, "slr:\(name) on an <ec> that is not isolated: it belongs on its <sc>")
        }
    }

    static func isRestriction(_ value: String) -> Bool {
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return value == "*" || UInt(value) != nil
        case 2: return UInt(parts[0]) != nil && (parts[1] == "*" || UInt(parts[1]) != nil)
        default: return false
        }
    }

    /// A `<val:rule>` has exactly one test (a core one or a custom one in another namespace);
    /// `existsInSource` goes only with `isPresent`, `startsWith` or `endsWith`.
    private func checkRule(_ attributes: [String: String], all: [XMLAttribute], line: Int) throws {
        let custom = all.filter { attribute in
            attribute.namespaceURI != nil && attribute.namespaceURI != Self.validation && attribute.namespaceURI != XLIFF2Constraints.xmlNamespace
        }
        let tests = Self.validationTests.filter { attributes[$0] != nil } + custom.map(\.qualifiedName)
        guard tests.count == 1 else {
            throw fail(line, tests.isEmpty
                ? "<val:rule> has no test: exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom attribute is required"
                : "<val:rule> has several tests (\(tests.joined(separator: ", "))): exactly one is allowed")
        }
        if attributes["existsInSource"] != nil, !["isPresent", "startsWith", "endsWith"].contains(tests[0]) {
            throw fail(line, "<val:rule> has existsInSource with \(tests[0]): it goes only with isPresent, startsWith or endsWith")
        }
    }
}
