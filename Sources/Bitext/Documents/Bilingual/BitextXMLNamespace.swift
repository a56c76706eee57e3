/// bitext's own XML namespace, for what a format has no place for but allows extension
/// attributes on: the original element and attributes of an inline code read from another
/// format, a unit's original id and attributes. Readers of that format restore them, so a
/// TMX file converted to XLIFF 2 and back comes out as it went in.
enum BitextXMLNamespace {
    static let uri = "urn:bitext:extensions:1"
    static let prefix = "bx"
    /// The element holding, as text, an element of another format that XLIFF 2 has no place for.
    static let preservedElement = "preserved"
    /// The attribute of a `<unit>` holding its format flags (`c-format, fuzzy`).
    static let formatFlags = "format-flags"

    /// The local name that carries an original attribute `name` (`attr.creationdate`).
    static func attributeName(for name: String) -> String? {
        // Only names that are NCNames once prefixed: attributes in other namespaces
        // (`xml:lang`, extensions) are not carried.
        guard !name.utf8.contains(0x3A), !name.isEmpty else { return nil }
        return "attr." + name
    }

    static func originalName(of localName: String) -> String? {
        localName.hasPrefix("attr.") ? String(localName.dropFirst(5)) : nil
    }

    /// The local name that carries attribute `name` of a unit's source or target element
    /// (a TMX `<tuv>`'s `creationid`: `source-element.creationid`).
    static func attributeName(for name: String, side: UnitPart) -> String? {
        guard !name.utf8.contains(0x3A), !name.isEmpty, side != .unit else { return nil }
        return "\(side.rawValue)-element.\(name)"
    }

    static func originalName(of localName: String, side: UnitPart) -> String? {
        let prefix = "\(side.rawValue)-element."
        return localName.hasPrefix(prefix) ? String(localName.dropFirst(prefix.count)) : nil
    }
}
