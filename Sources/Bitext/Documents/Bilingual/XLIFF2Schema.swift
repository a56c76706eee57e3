import Foundation

/// The XLIFF 2 core schemas bundled with bitext (`Resources/xliff-schemas`, OASIS notice
/// beside them): 2.0/2.1 share the namespace `…:document:2.0` and its schema; 2.2 has its own.
enum XLIFF2Schema {
    static let namespace20 = "urn:oasis:names:tc:xliff:document:2.0"
    static let namespace22 = "urn:oasis:names:tc:xliff:document:2.2"
    static let namespaces: Set<String> = [namespace20, namespace22]

    static func coreSchemaURL(namespace: String) throws -> URL {
        let name = namespace == namespace22 ? "xliff_core_2.2.xsd" : "xliff_core_2.0.xsd"
        guard let folder = Bundle.module.url(forResource: "xliff-schemas", withExtension: nil) else {
            throw InputError(file: name, "the bundled XLIFF 2 schemas are missing from this build")
        }
        return folder.appendingPathComponent(name)
    }
}
