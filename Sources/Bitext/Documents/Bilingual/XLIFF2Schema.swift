import Foundation

/// The XLIFF 2 core schema bundled with bitext (`Resources/xliff-2.1`, OASIS notice beside it).
enum XLIFF2Schema {
    static func coreSchemaURL() throws -> URL {
        guard let folder = Bundle.module.url(forResource: "xliff-2.1", withExtension: nil) else {
            throw InputError(file: "xliff_core_2.0.xsd", "the bundled XLIFF 2 schema is missing from this build")
        }
        return folder.appendingPathComponent("xliff_core_2.0.xsd")
    }
}
