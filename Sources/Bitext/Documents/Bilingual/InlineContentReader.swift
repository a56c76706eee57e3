/// Reads the mixed content of a segment (`<seg>`, `<source>`, `<target>`) into text with
/// `InlineCode.marker`s and the codes they stand for. What each element is, is the
/// format's business (`InlineElement`); walking the content is shared.
struct InlineContentReader: Sendable {
    /// How the content of one inline element is read.
    enum InlineElement {
        /// A code whose own text is the native code (TMX `bpt`, XLIFF 1.2 `ph`).
        case codeWithNativeText(InlineCode.Role, pairing: String?, isolated: Bool)
        /// An empty code; `content` is its native code when the format keeps it elsewhere
        /// (XLIFF 2 `originalData`).
        case code(InlineCode.Role, pairing: String?, isolated: Bool, content: String?)
        /// An element around translatable text (`hi`, `g`, `pc`, `mrk`): one marker where it
        /// opens and one where it closes.
        case wrapper(open: InlineCode.Role, close: InlineCode.Role, pairing: String?, openContent: String?, closeContent: String?)
        /// A character the format writes as an element (XLIFF 2 `<cp hex>`).
        case character(Unicode.Scalar)
        /// An element bitext itself wraps text in (its findings marker): content kept, element dropped.
        case transparent
        /// Not an inline element of the format: its text is kept, the element reported.
        case unknown
    }

    let origin: InlineCode.Origin
    /// Classifies an element by name and attributes.
    let classify: @Sendable (_ name: String, _ attributes: [String: String], _ line: Int) -> InlineElement

    /// Reads from the reader positioned on the segment element to its end.
    func read(_ reader: XMLStreamReader, diagnostics: inout Diagnostics) throws -> (text: String, codes: [InlineCode]) {
        var text = ""
        var codes: [InlineCode] = []
        guard !reader.isEmptyElement else { return (text, codes) }
        /// Closing markers of the wrappers open at each depth.
        var openWrappers: [(depth: Int, code: InlineCode)] = []
        let segmentDepth = reader.depth
        while try reader.read() {
            switch reader.nodeType {
            case .text:
                appendLiteral(reader.value, to: &text, codes: &codes)
            case .entityReference:
                throw reader.entityReferenceError()
            case .endElement:
                if reader.depth == segmentDepth { return (text, codes) }
                if let last = openWrappers.last, last.depth == reader.depth {
                    openWrappers.removeLast()
                    text.unicodeScalars.append(InlineCode.marker)
                    codes.append(last.code)
                }
            case .element:
                let name = reader.localName
                let line = reader.line
                let attributes = Self.attributeMap(reader)
                let isEmpty = reader.isEmptyElement
                switch classify(name, attributes, line) {
                case .codeWithNativeText(let role, let pairing, let isolated):
                    var nestedElements: [String] = []
                    let native = try reader.textContentAndSkip { nested, _ in nestedElements.append(nested) }
                    if !nestedElements.isEmpty {
                        diagnostics.warn(
                            "<\(name)> holds <\(nestedElements[0])>: its text is kept as part of the code's native text",
                            file: reader.path, line: line)
                    }
                    text.unicodeScalars.append(InlineCode.marker)
                    codes.append(InlineCode(
                        role: role, pairing: pairing, isolated: isolated, content: native,
                        origin: origin, element: name, attributes: attributes).restoringOriginal())
                case .code(let role, let pairing, let isolated, let content):
                    try reader.skipElement()
                    text.unicodeScalars.append(InlineCode.marker)
                    codes.append(InlineCode(
                        role: role, pairing: pairing, isolated: isolated, content: content,
                        origin: origin, element: name, attributes: attributes).restoringOriginal())
                case .wrapper(let open, let close, let pairing, let openContent, let closeContent):
                    text.unicodeScalars.append(InlineCode.marker)
                    let opening = InlineCode(
                        role: open, pairing: pairing, content: openContent, origin: origin, element: name, attributes: attributes)
                    codes.append(opening.restoringOriginal())
                    let closing = InlineCode(role: close, pairing: pairing, content: closeContent, origin: origin, element: name)
                    if isEmpty {
                        text.unicodeScalars.append(InlineCode.marker)
                        codes.append(closing)
                    } else {
                        openWrappers.append((reader.depth, closing))
                    }
                case .character(let scalar):
                    try reader.skipElement()
                    appendLiteral(String(Character(scalar)), to: &text, codes: &codes)
                case .transparent:
                    break
                case .unknown:
                    diagnostics.warn("<\(reader.qualifiedName)> is not an inline element here; its text is kept, the element is not",
                                     file: reader.path, line: line)
                }
            case .other:
                break
            }
        }
        throw InputError(file: reader.path, line: reader.line, "the document ends inside a segment")
    }

    /// Appends text; a marker scalar that is part of the input gets a `character` code so
    /// that markers and codes stay in step.
    private func appendLiteral(_ value: String, to text: inout String, codes: inout [InlineCode]) {
        // U+F0000 is the only scalar whose UTF-8 form starts F3 B0 80 80; scanning bytes for
        // its lead byte skips the scalar decoding on the common text that has none.
        if value.utf8.contains(0xF3) {
            for scalar in value.unicodeScalars where scalar == InlineCode.marker {
                _ = scalar
                codes.append(.literalMarker(origin: origin))
            }
        }
        text += value
    }

    /// Attributes by qualified name; bitext's own ones as `bx:name` whatever prefix the file
    /// uses; an extension attribute brings its namespace declaration (`xmlns:my`).
    static func attributeMap(_ reader: XMLStreamReader) -> [String: String] {
        var map: [String: String] = [:]
        for attribute in reader.attributes() {
            if attribute.namespaceURI == BitextXMLNamespace.uri {
                map[BitextXMLNamespace.prefix + ":" + attribute.localName] = attribute.value
            } else {
                map[attribute.qualifiedName] = attribute.value
                if let declaration = attribute.namespaceDeclaration { map[declaration.name] = declaration.uri }
            }
        }
        return map
    }
}

extension InlineCode {
    /// A code bitext wrote from another format carries that format's element and attributes
    /// in `bx:` attributes: the code gets them back. Any other code is returned as it is.
    func restoringOriginal() -> InlineCode {
        guard let originName = attributes["bx:origin"], let origin = Origin(rawValue: originName),
              let element = attributes["bx:element"] else { return self }
        var restored = self
        restored.origin = origin
        restored.element = element
        restored.attributes = [:]
        for (name, value) in attributes {
            guard name.hasPrefix("bx:"), let original = BitextXMLNamespace.originalName(of: String(name.dropFirst(3))) else { continue }
            restored.attributes[original] = value
        }
        return restored
}
}
