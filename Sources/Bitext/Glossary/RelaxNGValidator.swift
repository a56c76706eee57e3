import CLibXML2
import Foundation

/// Validates an XML document against a RELAX NG schema with libxml2, collecting every
/// error with its line instead of letting libxml2 print them.
///
/// Kept inside the glossary code until the shared export validator exists.
struct RelaxNGValidator {
    struct Problem: Sendable, CustomStringConvertible {
        var line: Int?
        var column: Int?
        var message: String
        var description: String { "\(line.map { "line \($0): " } ?? "")\(message)" }
    }

    let schemaPath: String

    /// Returns the validity errors; throws when the schema or document cannot be read at all.
    func validate(_ data: Data, path: String) throws -> [Problem] {
        guard let parserContext = xmlRelaxNGNewParserCtxt(schemaPath) else {
            throw InputError(file: schemaPath, "cannot open RELAX NG schema")
        }
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        let schemaErrors = ProblemCollector()
        xmlRelaxNGSetParserStructuredErrors(parserContext, ProblemCollector.callback, Unmanaged.passUnretained(schemaErrors).toOpaque())
        guard let schema = xmlRelaxNGParse(parserContext) else {
            throw InputError(file: schemaPath, "not a valid RELAX NG schema: \(schemaErrors.problems.first?.description ?? "unknown error")")
        }
        defer { xmlRelaxNGFree(schema) }
        let document = try XMLTree.parse(data, path: path)
        defer { xmlFreeDoc(document) }
        guard let validContext = xmlRelaxNGNewValidCtxt(schema) else {
            throw InputError(file: schemaPath, "cannot create a RELAX NG validation context")
        }
        defer { xmlRelaxNGFreeValidCtxt(validContext) }
        let collector = ProblemCollector()
        xmlRelaxNGSetValidStructuredErrors(validContext, ProblemCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
        let result = xmlRelaxNGValidateDoc(validContext, document)
        if result != 0 && collector.problems.isEmpty {
            return [Problem(line: nil, column: nil, message: "document does not match the schema")]
        }
        return collector.problems
    }
}

/// Receives libxml2's structured errors during one validation; used on one thread only.
private final class ProblemCollector {
    var problems: [RelaxNGValidator.Problem] = []

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "validity error"
        collector.problems.append(RelaxNGValidator.Problem(
            line: error.pointee.line > 0 ? Int(error.pointee.line) : nil,
            column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil, message: message))
    }
}
