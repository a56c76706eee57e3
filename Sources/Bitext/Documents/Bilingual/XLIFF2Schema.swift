import Foundation

/// The XLIFF 2 schemas bundled with bitext (`Resources/xliff-2.1`, OASIS notice beside them):
/// `xliff_core.xsd` imports the 2.0/2.1 and the 2.2 core schemas and the module schemas that
/// fit both, so one schema set validates a document in either core namespace.
enum XLIFF2Schema {
    static func coreSchemaURL() throws -> URL {
        try BundledResources.url("xliff-2.1/xliff_core.xsd")
    }
}
