import Foundation

/// Validates SARIF against the official 2.1.0 schema in `../shared/schemas` with Python's
/// `jsonschema`, the reference validator, so tests check the schema rather than our reading of it.
enum SARIFSchema {
    /// The validator's complaint, or nil when the log is valid.
    static func violations(of data: Data) throws -> String? {
        try JSONSchemaValidator.violations(of: data, schema: TestData.shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json"))
    }
}

/// Python's `jsonschema` (installed by `Scripts/test`) on a document: the validator picks the
/// draft the schema's `$schema` names and checks `format`s it knows.
enum JSONSchemaValidator {
    /// The validator's complaint, or nil when the document is valid.
    static func violations(of data: Data, schema: URL) throws -> String? {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.json")
        try data.write(to: file)
        let schema = schema.path
        let run = try Subprocess.run(
            "python3",
            [
                "-c",
                "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
                file.path, schema,
            ])
        return run.status == 0 ? nil : run.error
    }
}
