import CLibXML2
import Foundation

/// A thin layer over libxml2's `xmlTextWriter` so that escaping is libxml2's job, not ours.
///
/// Indentation is written by this type rather than by libxml2, because libxml2 indents
/// before every start tag, which would insert whitespace into mixed content (`<seg>` or
/// `<target>` holding text and inline markers). Structural elements (`open`/`close`) go on
/// their own indented lines; `leaf` and `inline` elements write their content verbatim.
/// Every string passes through `XMLCharacters.sanitized` first, so output is always XML 1.0.
final class XMLWriter {
    /// The memory buffer written to; nil when writing to a file.
    private let buffer: xmlBufferPtr?
    /// The file written to; nil when writing to memory. libxml2 holds it unretained.
    private let sink: FileSink?
    private var writer: xmlTextWriterPtr?
    /// One entry per open structural element: whether it has structural children, which
    /// decides if its end tag goes on a line of its own.
    private var openElements: [Bool] = []
    private let indentUnit = "  "
    /// `"\n"` plus the indentation of each depth, made once: written for every line.
    private var lineBreaks: [String] = []

    init() throws {
        LibXML2.prepare()
        guard let buffer = xmlBufferCreate() else { throw XMLWriterError.libxml("xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriterError.libxml("xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.sink = nil
        self.writer = writer
    }

    /// Writes to a new file as it goes: libxml2 buffers, `FileSink` writes and checks every
    /// write, so a full disk fails the run instead of leaving a truncated file.
    init(fileAt path: String) throws {
        LibXML2.prepare()
        let sink = try FileSink(creating: path)
        let output = xmlOutputBufferCreateIO(
            { context, bytes, count in
                guard let context, let bytes else { return -1 }
                // A failure is kept in the sink, which the next `check` throws: told of it,
                // libxml2 would print its own "I/O error" on standard error.
                let sink = Unmanaged<FileSink>.fromOpaque(context).takeUnretainedValue()
                try? sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(count)))
                return count
            },
            { _ in 0 },
            Unmanaged.passUnretained(sink).toOpaque(), nil)
        guard let output, let writer = xmlNewTextWriter(output) else {
            throw XMLWriterError.libxml("xmlNewTextWriter")
        }
        self.buffer = nil
        self.sink = sink
        self.writer = writer
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Writes the XML declaration and, when given, a DOCTYPE with a system identifier.
    func startDocument(doctype: (root: String, systemID: String)? = nil) throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
        if let doctype {
            let status = withXMLChars(doctype.root, doctype.systemID) { root, systemID in
                xmlTextWriterWriteDTD(writer, root, nil, systemID, nil)
            }
            try check(status, "xmlTextWriterWriteDTD")
            try check(withXMLChars("\n") { xmlTextWriterWriteRaw(writer, $0) }, "xmlTextWriterWriteRaw")
        }
    }

    /// Opens a structural element on its own line.
    func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) throws {
        try breakLine()
        try startElement(name, attributes)
        openElements.append(false)
    }

    /// Closes the innermost structural element.
    func close() throws {
        guard let hadChildren = openElements.popLast() else { throw XMLWriterError.unbalanced }
        if hadChildren {
            try writeWhitespace(lineBreak(depth: openElements.count))
        }
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Writes a structural element holding mixed content on one line; `content` writes
    /// text and inline elements only.
    func leaf(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
        content: () throws -> Void
    ) throws {
        try breakLine()
        try startElement(name, attributes)
        try content()
        try check(xmlTextWriterFullEndElement(writer), "xmlTextWriterFullEndElement")
    }

    /// A leaf whose content is plain text.
    func leaf(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) throws {
        try leaf(name, attributes) { try self.text(text) }
    }

    /// A leaf without content, written as an empty-element tag.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) throws {
        try breakLine()
        try startElement(name, attributes)
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// An element inside mixed content: no whitespace is added around it.
    func inline(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
        content: () throws -> Void = {}
    ) throws {
        try startElement(name, attributes)
        try content()
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Character data, escaped by libxml2; characters XML 1.0 cannot carry become U+FFFD.
    func text(_ string: String) throws {
        guard !string.isEmpty else { return }
        try writeString(XMLCharacters.sanitized(string))
    }

    /// Ends the document and returns its bytes; the writer cannot be used afterwards.
    func finish() throws -> Data {
        guard openElements.isEmpty else { throw XMLWriterError.unbalanced }
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        xmlFreeTextWriter(writer)
        writer = nil
        if let sink {
            // Freeing the writer flushed libxml2's last bytes into the sink, which also
            // syncs and closes the file, each step checked.
            try sink.close()
            return Data()
        }
        guard let buffer, let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Starts an element inside mixed content that `endInline` closes: for inline elements
    /// whose start and end are met separately (a TMX `<hi>` around text and codes).
    func startInline(_ name: String, _ attributes: [(String, String)]) throws {
        try startElement(name, attributes)
    }

    func endInline() throws {
        try check(xmlTextWriterFullEndElement(writer), "xmlTextWriterFullEndElement")
    }

    /// An inline element with ordered attributes and optional text content.
    func inline(_ name: String, _ attributes: [(String, String)], text: String?) throws {
        try startElement(name, attributes)
        if let text, !text.isEmpty {
            try self.text(text)
            try check(xmlTextWriterFullEndElement(writer), "xmlTextWriterFullEndElement")
        } else {
            try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
        }
    }

    /// A structural element with ordered attributes (carried ones, in a stable order).
    func open(_ name: String, ordered attributes: [(String, String)]) throws {
        try breakLine()
        try startElement(name, attributes)
        openElements.append(false)
    }

    /// A leaf with ordered attributes whose `content` writes text and inline elements.
    func leaf(_ name: String, ordered attributes: [(String, String)], content: () throws -> Void) throws {
        try breakLine()
        try startElement(name, attributes)
        try content()
        try check(xmlTextWriterFullEndElement(writer), "xmlTextWriterFullEndElement")
    }

    func leaf(_ name: String, ordered attributes: [(String, String)], text: String) throws {
        try breakLine()
        try startElement(name, attributes)
        try self.text(text)
        try check(xmlTextWriterFullEndElement(writer), "xmlTextWriterFullEndElement")
    }

    /// XML text libxml2 serialised when reading (a preserved extension element), on its own line.
    func raw(_ xml: String) throws {
        try breakLine()
        try check(withXMLChars(xml) { xmlTextWriterWriteRaw(writer, $0) }, "xmlTextWriterWriteRaw")
    }

    private func startElement(_ name: String, _ attributes: [(String, String)]) throws {
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "xmlTextWriterStartElement")
        for (attribute, value) in attributes {
            let status = withXMLChars(attribute, XMLCharacters.sanitized(value)) { attribute, value in
                xmlTextWriterWriteAttribute(writer, attribute, value)
            }
            try check(status, "xmlTextWriterWriteAttribute")
        }
    }

    private func startElement(_ name: String, _ attributes: KeyValuePairs<String, String?>) throws {
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "xmlTextWriterStartElement")
        for (attribute, value) in attributes {
            guard let value else { continue }
            let status = withXMLChars(attribute, XMLCharacters.sanitized(value)) { attribute, value in
                xmlTextWriterWriteAttribute(writer, attribute, value)
            }
            try check(status, "xmlTextWriterWriteAttribute")
        }
    }

    /// Starts a new indented line for a structural child, except before the root element.
    private func breakLine() throws {
        guard !openElements.isEmpty else { return }
        openElements[openElements.count - 1] = true
        try writeWhitespace(lineBreak(depth: openElements.count))
    }

    private func lineBreak(depth: Int) -> String {
        while lineBreaks.count <= depth {
            lineBreaks.append("\n" + String(repeating: indentUnit, count: lineBreaks.count))
        }
        return lineBreaks[depth]
    }

    /// Whitespace needs no escaping: written as it is.
    private func writeWhitespace(_ whitespace: String) throws {
        try check(withXMLChars(whitespace) { xmlTextWriterWriteRaw(writer, $0) }, "xmlTextWriterWriteRaw")
    }

    /// Text without a character libxml2 would escape (`< > & "` and CR) is written as it is,
    /// sparing libxml2's copy; any other text goes through libxml2's escaping.
    private func writeString(_ string: String) throws {
        let needsEscaping = string.utf8.contains { byte in
            byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x0D
        }
        if needsEscaping {
            try check(withXMLChars(string) { xmlTextWriterWriteString(writer, $0) }, "xmlTextWriterWriteString")
        } else {
            try check(withXMLChars(string) { xmlTextWriterWriteRaw(writer, $0) }, "xmlTextWriterWriteRaw")
        }
    }

    /// A failed write to the file ends the writing at the next call.
    private func check(_ status: Int32, _ function: String) throws {
        if let failure = sink?.failure { throw failure }
        if status < 0 { throw XMLWriterError.libxml(function) }
    }
}

/// libxml2 takes UTF-8 as `const xmlChar *` (unsigned); Swift hands out `CChar` pointers.
func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
    try string.withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
}

func withXMLChars<R>(
    _ first: String, _ second: String, _ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>) throws -> R
) rethrows -> R {
    try withXMLChars(first) { first in try withXMLChars(second) { second in try body(first, second) } }
}

/// libxml2 refused to write: out of memory or a call out of order (a bug in a writer).
enum XMLWriterError: Error, CustomStringConvertible {
    case libxml(String)
    case unbalanced

    var description: String {
        switch self {
        case .libxml(let function): "libxml2 failed in \(function) while writing XML"
        case .unbalanced: "XML elements opened and closed out of order"
        }
    }
}
