import CLibXML2
import Foundation

/// Validates XML documents in-process with libxml2 against a DTD, a W3C XML Schema or a
/// RELAX NG schema, and reports every problem with its line.
///
/// Documents are parsed without network access, without loading the DTD their DOCTYPE
/// names and without substituting entities: the only schema used is the one given here,
/// by path. Schema files themselves may import others by relative path; network URLs are
/// refused there too.
public struct XMLValidator: Sendable {
    public enum Schema: Sendable, Hashable {
        case dtd(URL)
        case xmlSchema(URL)
        case relaxNG(URL)

        public var url: URL {
            switch self {
            case .dtd(let url), .xmlSchema(let url), .relaxNG(let url): url
            }
        }
    }

    public let schema: Schema

    public init(_ schema: Schema) {
        self.schema = schema
    }

    /// Validates the file at `url`. Throws `InputError` when the file cannot be read or the
    /// schema cannot be loaded; problems with the document itself are in the report.
    public func validate(contentsOf url: URL) throws -> XMLValidationReport {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(file: url.path, "cannot read file: \(error.localizedDescription)")
        }
        return try validate(data, documentName: url.path)
    }

    /// Validates an in-memory document; `documentName` is used in messages only.
    public func validate(_ data: Data, documentName: String) throws -> XMLValidationReport {
        LibXML2.prepare()
        var schemaProblems: [XMLValidationProblem] = []
        let compiled = LibXML2.collectingProblems(into: &schemaProblems) { compile() }
        guard let compiled else {
            let first = schemaProblems.first { $0.level != .warning }
            throw InputError(
                file: schema.url.path, line: first?.line,
                "cannot load schema: \(first?.message ?? "libxml2 could not compile it")")
        }
        defer { compiled.free() }

        var problems: [XMLValidationProblem] = []
        let status: Int32? = LibXML2.collectingProblems(into: &problems) {
            guard let document = Self.parse(data, name: documentName) else { return nil }
            defer { xmlFreeDoc(document) }
            return compiled.validate(document)
        }
        var report = XMLValidationReport(documentName: documentName, problems: problems)
        if let status, status != 0, report.isValid {
            report.problems.append(XMLValidationProblem(
                level: .error, line: nil, column: nil,
                message: "libxml2 could not validate the document (status \(status))"))
        }
        if status == nil, report.isValid {
            report.problems.append(XMLValidationProblem(
                level: .fatal, line: nil, column: nil, message: "libxml2 could not read the document"))
        }
        return report
    }

    private static func parse(_ data: Data, name: String) -> xmlDocPtr? {
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        return data.withUnsafeBytes { bytes -> xmlDocPtr? in
            guard let base = bytes.baseAddress else {
                return xmlReadMemory("", 0, name, nil, options)
            }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), name, nil, options)
        }
    }

    private func compile() -> CompiledSchema? {
        let path = schema.url.path
        switch schema {
        case .dtd:
            return xmlParseDTD(nil, path).map(CompiledSchema.dtd)
        case .xmlSchema:
            guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            return xmlSchemaParse(parser).map(CompiledSchema.xmlSchema)
        case .relaxNG:
            guard let parser = xmlRelaxNGNewParserCtxt(path) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            return xmlRelaxNGParse(parser).map(CompiledSchema.relaxNG)
        }
    }
}

/// A schema loaded by libxml2; freed by the validator once the document is checked.
private enum CompiledSchema {
    case dtd(xmlDtdPtr)
    case xmlSchema(xmlSchemaPtr)
    case relaxNG(xmlRelaxNGPtr)

    /// Zero when the document is valid.
    func validate(_ document: xmlDocPtr) -> Int32 {
        switch self {
        case .dtd(let dtd):
            guard let context = xmlNewValidCtxt() else { return -1 }
            defer { xmlFreeValidCtxt(context) }
            return xmlValidateDtd(context, document, dtd) == 1 ? 0 : 1
        case .xmlSchema(let schema):
            guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            return xmlSchemaValidateDoc(context, document)
        case .relaxNG(let schema):
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            return xmlRelaxNGValidateDoc(context, document)
        }
    }

    func free() {
        switch self {
        case .dtd(let dtd): xmlFreeDtd(dtd)
        case .xmlSchema(let schema): xmlSchemaFree(schema)
        case .relaxNG(let schema): xmlRelaxNGFree(schema)
        }
    }
}

/// What came out of validating one document.
public struct XMLValidationReport: Sendable, Hashable {
    public var documentName: String
    /// Well-formedness and validity problems, in the order libxml2 found them.
    public var problems: [XMLValidationProblem]

    public var errors: [XMLValidationProblem] { problems.filter { $0.level != .warning } }
    public var isValid: Bool { errors.isEmpty }
}

/// One message from libxml2 about a document (or a schema), with its place.
public struct XMLValidationProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable, Hashable {
        case warning
        case error
        /// The document is not well-formed; libxml2 stopped reading it.
        case fatal
    }

    public var level: Level
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(level: Level, line: Int?, column: Int?, message: String) {
        self.level = level
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = ""
        if let line { place = "line \(line): " }
        return "\(place)\(level.rawValue): \(message)"
    }
}

/// Process-wide libxml2 set-up and the error plumbing every libxml2 use here shares.
enum LibXML2 {
    /// Initialises libxml2 once and refuses network URLs in every external load (schema
    /// imports, DTDs, entities), whichever component parses.
    static func prepare() {
        _ = setUp
    }

    private static let setUp: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
    }()

    /// Runs `body` with libxml2's errors of this thread collected into `problems` instead
    /// of printed to standard error. The thread's previous handler is put back afterwards.
    static func collectingProblems<R>(
        into problems: inout [XMLValidationProblem], _ body: () throws -> R
    ) rethrows -> R {
        let previousHandler = __xmlStructuredError()?.pointee
        let previousContext = __xmlStructuredErrorContext()?.pointee
        let collector = ProblemCollector()
        let context = Unmanaged.passRetained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
        }
        defer {
            xmlSetStructuredErrorFunc(previousContext ?? nil, previousHandler ?? nil)
            Unmanaged<ProblemCollector>.fromOpaque(context).release()
            problems.append(contentsOf: collector.problems)
        }
        return try body()
    }

    private final class ProblemCollector {
        var problems: [XMLValidationProblem] = []

        func add(_ error: xmlError) {
            let level: XMLValidationProblem.Level =
                switch error.level {
                case XML_ERR_WARNING: .warning
                case XML_ERR_FATAL: .fatal
                default: .error
                }
            let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
            problems.append(XMLValidationProblem(
                level: level,
                line: error.line > 0 ? Int(error.line) : nil,
                column: error.int2 > 0 ? Int(error.int2) : nil,
                message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}
