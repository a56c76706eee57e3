import CLibXML2
import CLibXML2Messages
import Foundation

/// libxml2's pull parser (`xmlTextReader`) behind a small Swift face: one node at a time, so a
/// file of any size is read in bounded memory.
///
/// Safe by construction: the network is off (`XML_PARSE_NONET`), entities are never
/// substituted (no `XML_PARSE_NOENT`) and no DTD is loaded (no `XML_PARSE_DTDLOAD`), so an
/// external entity cannot pull a local file or a URL into the text; a reference to a
/// declared entity is refused (`InputError`) rather than expanded, and libxml2's own
/// amplification limits stop entity bombs in attribute values. The first error libxml2
/// reports ends the read with an `InputError` at its line and column.
final class XMLStreamReader {
    enum NodeType {
        case element
        case endElement
        case text
        case entityReference
        case other
    }

    let path: String
    private let reader: xmlTextReaderPtr
    private let collector: ErrorCollector
    private let retainedCollector: Unmanaged<ErrorCollector>
    /// Keeps in-memory input alive as long as libxml2 reads from it.
    private let buffer: UnsafeMutableRawBufferPointer?

    /// CDATA sections stay nodes of their own (`nodeType` reads them as text): merged into
    /// text (`XML_PARSE_NOCDATA`), they were lost whenever a schema validated the stream
    /// (Bolt's XLIFF 2 `<target><![CDATA[…]]></target>` read as empty).
    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Reads a file from disk as it goes.
    init(file: String) throws {
        LibXML2.prepare()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw InputError(file: file, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: file, "is a directory, expected a file") }
        let collector = ErrorCollector()
        // Opening reads the first bytes already: its messages are routed like a read's.
        guard let reader = Self.routingThreadErrors(to: collector, { xmlReaderForFile(file, nil, Self.options) }) else {
            throw InputError(file: file, "cannot be read\(collector.firstError.map { ": \($0.message)" } ?? "")")
        }
        self.path = file
        self.reader = reader
        self.buffer = nil
        self.collector = collector
        retainedCollector = Unmanaged.passRetained(collector)
        installErrorHandler()
        noteGenericText()
    }

    /// Reads bytes already in memory; `path` names them in messages. `encoding` overrides
    /// the XML declaration (text already decoded to UTF-8 says so).
    init(data: Data, path: String, encoding: String? = nil) throws {
        LibXML2.prepare()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        let collector = ErrorCollector()
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = Self.routingThreadErrors(to: collector, {
                  xmlReaderForMemory(base, Int32(clamping: data.count), path, encoding, Self.options)
              })
        else {
            buffer.deallocate()
            throw InputError(file: path, "cannot be read as XML\(collector.firstError.map { ": \($0.message)" } ?? "")")
        }
        self.path = path
        self.reader = reader
        self.buffer = buffer
        self.collector = collector
        retainedCollector = Unmanaged.passRetained(collector)
        installErrorHandler()
        noteGenericText()
    }

    deinit {
        xmlFreeTextReader(reader)
        retainedCollector.release()
        buffer?.deallocate()
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
        }, retainedCollector.toOpaque())
    }

    /// Validates the document against a W3C XML Schema while it is read; must be called
    /// before the first `read()`. Validity errors end the read like well-formedness errors.
    func validate(againstSchemaAt url: URL) throws {
        let status = collectingThreadErrors { xmlTextReaderSchemaValidate(reader, url.path) }
        guard status == 0 else {
            let reason = collector.firstError.map { ": \($0.message)" } ?? ""
            throw InputError(file: url.path, "cannot load the schema bitext validates \(path) with\(reason)")
        }
    }

    /// Sees every node `read()` moves to before the caller does, whichever helper walks the
    /// document: lets a checker of rules a schema cannot express follow the whole stream.
    var observer: ((XMLStreamReader) throws -> Void)?

    /// A schema validity error that does not end the read: a known slip of real tools,
    /// which the format's reader reports itself. Matched on libxml2's message.
    struct ToleratedSchemaError {
        /// All of these occur in the message.
        var fragments: [String]

        func matches(_ message: String) -> Bool {
            fragments.allSatisfy { message.contains($0) }
        }
    }

    /// Schema validity errors read past (`validate` must come after this is set).
    var toleratedSchemaErrors: [ToleratedSchemaError] {
        get { collector.tolerated }
        set { collector.tolerated = newValue }
    }

    /// Moves to the next node; false at the end of the document.
    func read() throws -> Bool {
        noteWhereCurrentNodeEnds()
        let status = collectingThreadErrors { xmlTextReaderRead(reader) }
        try throwCollectedError()
        if status < 0 { throw InputError(file: path, line: line, "not well-formed XML: \(lastLibXML2Error())") }
        if status == 1, let observer { try observer(self) }
        return status == 1
    }

    /// Runs `body` with this thread's libxml2 error channels pointed at the collector too.
    /// The reader's own handler sees parser errors only; schema compilation, streaming
    /// validation and I/O report through the thread's channels, which libxml2 otherwise
    /// prints to standard error ("Unimplemented block at xmlschemas.c…") with no file.
    private func collectingThreadErrors<R>(_ body: () -> R) -> R {
        defer { noteGenericText() }
        return Self.routingThreadErrors(to: collector, body)
    }

    /// `collectingThreadErrors` for a collector alone, so that opening a reader is covered too.
    private static func routingThreadErrors<R>(to collector: ErrorCollector, _ body: () -> R) -> R {
        let previousHandler = __xmlStructuredError()?.pointee
        let previousContext = __xmlStructuredErrorContext()?.pointee
        let retained = Unmanaged.passRetained(collector)
        defer { retained.release() }
        let context = retained.toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
        }
        bitext_route_generic_errors(context) { context, message in
            guard let context, let message else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().genericText += String(cString: message)
        }
        defer {
            bitext_route_generic_errors(nil, nil)
            xmlSetStructuredErrorFunc(previousContext ?? nil, previousHandler ?? nil)
        }
        return body()
    }

    /// Messages libxml2 printed rather than raised (it prints "Unimplemented block at
    /// xmlschemas.c:…" where its validator skips a construct), with the line they came at:
    /// not errors, but the user should know the check was incomplete there.
    private(set) var libraryNotices: [(line: Int, message: String)] = []

    private func noteGenericText() {
        // Called after every node; libxml2 almost never has anything to say.
        guard !collector.genericText.isEmpty else { return }
        let text = collector.genericText.trimmingCharacters(in: .whitespacesAndNewlines)
        collector.genericText = ""
        guard !text.isEmpty else { return }
        libraryNotices.append((line, "libxml2 reported: \(text)"))
    }

    /// Hands the notices gathered since the last call to `diagnostics` as warnings.
    func reportLibraryNotices(to diagnostics: inout Diagnostics) {
        for notice in libraryNotices {
            diagnostics.warn(notice.message, file: path, line: notice.line)
        }
        libraryNotices.removeAll()
    }

    /// The reason libxml2 last gave on this thread, for a failure no handler was told of.
    private func lastLibXML2Error() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else {
            return "libxml2 stopped without giving a reason"
        }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func throwCollectedError() throws {
        if let error = collector.firstError {
            // Errors raised below the parser (encoding conversion) carry no line: the parser's.
            throw InputError(file: path, line: error.line ?? line, column: error.column, error.message)
        }
    }

    var nodeType: NodeType {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            .text
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue): .entityReference
        default: .other
        }
    }

    var localName: String { string(xmlTextReaderConstLocalName(reader)) ?? "" }
    var qualifiedName: String { string(xmlTextReaderConstName(reader)) ?? "" }
    var namespaceURI: String? { string(xmlTextReaderConstNamespaceUri(reader)) }
    var value: String { string(xmlTextReaderConstValue(reader)) ?? "" }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    /// The current element's attributes, namespace declarations included.
    var attributeCount: Int { Int(xmlTextReaderAttributeCount(reader)) }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The line of the current node (where its start tag is), else the parser's line.
    var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line == Self.cappedLine, node.pointee.type == XML_ELEMENT_NODE { return max(line, lineAfterLastNode) }
            if line > 0 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// libxml2 keeps an element's line in 16 bits, so every element past line 65,535 says
    /// 65,535; text keeps its whole line (`XML_PARSE_BIG_LINES`). Such an element starts
    /// where what was read before it ends.
    static let cappedLine = 65_535
    /// Where the nodes read so far end, kept from shortly before lines are capped.
    private var lineAfterLastNode = 0

    private func noteWhereCurrentNodeEnds() {
        guard let node = xmlTextReaderCurrentNode(reader) else { return }
        let line = Int(xmlGetLineNo(node))
        guard line >= Self.cappedLine - 5_000 else { return }
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            lineAfterLastNode = line == Self.cappedLine ? max(line, lineAfterLastNode) : line
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
            // libxml2 gives text the line the parser had reached when it took the text in,
            // which is where the text ends.
            lineAfterLastNode = line
        default:
            break
        }
    }

    func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    func attribute(_ localName: String, namespace: String) -> String? {
        guard let value = xmlTextReaderGetAttributeNs(reader, localName, namespace) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    func xmlLanguage() -> String? {
        attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace")
    }

    /// Every attribute of the current element except namespace declarations.
    func attributes() -> [XMLAttribute] {
        var result: [XMLAttribute] = []
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 {
                result.append(XMLAttribute(
                    qualifiedName: qualifiedName, localName: localName, namespaceURI: namespaceURI, value: value))
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The current element and its content as XML text; leaves the reader on its end.
    func outerXMLAndSkip() throws -> String {
        // Reading an element's outer XML parses ahead: its messages are routed like a read's.
        let xml = collectingThreadErrors { xmlTextReaderReadOuterXml(reader) }.map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        try throwCollectedError()
        try skipElement()
        return xml ?? ""
    }

    /// Moves to the end of the current element (stays on an empty element).
    func skipElement() throws {
        guard nodeType == .element, !isEmptyElement else { return }
        let startDepth = depth
        while try read() {
            if nodeType == .endElement, depth == startDepth { return }
        }
        throw InputError(file: path, line: line, "the document ends inside an element")
    }

    /// Calls `body` on each child element of the current element, positioned on the child's
    /// start tag; `body` must leave the reader on the child's end (or on the empty child).
    /// Text between children is handed to `text` (ignored by default). Ends on this element's end.
    func children(text: (String) throws -> Void = { _ in }, _ body: (String) throws -> Void) throws {
        guard nodeType == .element, !isEmptyElement else { return }
        let parentDepth = depth
        while try read() {
            switch nodeType {
            case .element: try body(localName)
            case .endElement where depth == parentDepth: return
            case .text: try text(value)
            case .entityReference: throw entityReferenceError()
            default: break
            }
        }
        throw InputError(file: path, line: line, "the document ends inside an element")
    }

    /// Moves to the root element; throws when the document has none.
    func moveToRoot() throws {
        while try read() {
            if nodeType == .element { return }
            if nodeType == .entityReference { throw entityReferenceError() }
        }
        throw InputError(file: path, "has no root element: empty or not XML")
    }

    /// The text inside the current element, nested elements flattened, then moves past its
    /// end; `nested` is called with the name and line of each element met inside.
    func textContentAndSkip(nested: (String, Int) -> Void = { _, _ in }) throws -> String {
        guard !isEmptyElement else { return "" }
        let startDepth = depth
        var text = ""
        while try read() {
            switch nodeType {
            case .text: text += value
            case .element: nested(localName, line)
            case .endElement where depth == startDepth: return text
            case .entityReference: throw entityReferenceError()
            default: break
            }
        }
        throw InputError(file: path, line: line, "the document ends inside an element")
    }

    func entityReferenceError() -> InputError {
        InputError(file: path, line: line, "reference to the entity &\(qualifiedName); refused: bitext does not expand entities declared in a DTD")
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Keeps the first error (not warning) libxml2 reports while parsing or validating.
    private final class ErrorCollector {
        var firstError: (line: Int?, column: Int?, message: String)?
        /// Text from libxml2's generic channel, which arrives in fragments.
        var genericText = ""
        var tolerated: [ToleratedSchemaError] = []

        func add(_ error: xmlError) {
            guard error.level != XML_ERR_WARNING, firstError == nil else { return }
            var message = error.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "libxml2 error \(error.code)"
            if error.domain == Int32(XML_FROM_SCHEMASV.rawValue), tolerated.contains(where: { $0.matches(message) }) { return }
            if error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) || message.hasPrefix("Unimplemented") {
                message = "libxml2 cannot check this construct (\(message)); the file was not read"
            }
            firstError = (error.line > 0 ? Int(error.line) : nil, error.int2 > 0 ? Int(error.int2) : nil, message)
        }
    }
}

struct XMLAttribute {
    var qualifiedName: String
    var localName: String
    var namespaceURI: String?
    var value: String

    /// `xmlns:prefix` and the namespace of a prefixed extension attribute (`my:attr`): kept
    /// beside the attribute, it declares the prefix wherever a writer puts the attribute back.
    var namespaceDeclaration: (name: String, uri: String)? {
        guard let namespaceURI, let colon = qualifiedName.firstIndex(of: ":") else { return nil }
        let prefix = qualifiedName[..<colon]
        guard prefix != "xml", prefix != "xmlns" else { return nil }
        return ("xmlns:" + prefix, namespaceURI)
    }
}
