/// How the header of a `<file>` travels through a format with no place for it: TMX has no
/// files, and XLIFF 1.2's strict `<file>` and `<header>` take no attribute or element of
/// another format. The header goes into properties of bitext's own `x-bitext-file-` types
/// (TMX `<prop>`, XLIFF 1.2 `<context>`): on the TMX `<header>` for the first file, on the
/// first unit of every further file (and, in XLIFF 1.2, of the first), which the readers
/// turn back into the header. So an Xcode export's six `<file>`s, each with its `original`
/// and `<tool>`, come back from TMX as they went in.
enum FileHeaderProperties {
    static let origin = "x-bitext-file-origin"
    static let attribute = "x-bitext-file-attr."
    static let property = "x-bitext-file-prop."
    static let note = "x-bitext-file-note"
    /// Follows its note: the note's category and priority.
    static let noteCategory = "x-bitext-file-note-category"
    static let notePriority = "x-bitext-file-note-priority"
    /// `x-bitext-file-preserved.xliff12`: an element of the header, as XML.
    static let preserved = "x-bitext-file-preserved."

    /// The properties standing for `header` in a file of `format`; notes and properties
    /// only when the format has no place of its own for them where the header goes.
    static func properties(of header: BilingualFileInfo, notes: Bool, properties includesProperties: Bool) -> [UnitProperty] {
        var result = [UnitProperty(type: origin, value: header.origin.rawValue)]
        for (name, value) in InlineCodeLayout.sorted(header.attributes) {
            result.append(UnitProperty(type: attribute + name, value: value))
        }
        if includesProperties {
            for carried in header.properties {
                result.append(UnitProperty(type: property + carried.type, value: carried.value, language: carried.language))
            }
        }
        if notes {
            for carried in header.notes {
                result.append(UnitProperty(type: note, value: carried.text, language: carried.language))
                if let category = carried.category { result.append(UnitProperty(type: noteCategory, value: category)) }
                if let priority = carried.priority { result.append(UnitProperty(type: notePriority, value: priority)) }
            }
        }
        for element in header.preserved {
            result.append(UnitProperty(type: preserved + element.origin.rawValue, value: element.xml))
        }
        return result
    }

    /// Takes the header's properties out of `properties`: the header they stand for, or nil
    /// when they carry none.
    static func restore(_ properties: inout [UnitProperty]) -> BilingualFileInfo? {
        guard let originValue = properties.first(where: { $0.type == origin })?.value,
              let headerOrigin = InlineCode.Origin(rawValue: originValue) else { return nil }
        var header = BilingualFileInfo(origin: headerOrigin)
        var kept: [UnitProperty] = []
        for carried in properties {
            let type = carried.type
            if type == origin {
                continue
            } else if type == note {
                header.notes.append(UnitNote(carried.value, language: carried.language))
            } else if type == noteCategory, !header.notes.isEmpty {
                header.notes[header.notes.count - 1].category = carried.value
            } else if type == notePriority, !header.notes.isEmpty {
                header.notes[header.notes.count - 1].priority = carried.value
            } else if type.hasPrefix(attribute) {
                header.attributes[String(type.dropFirst(attribute.count))] = carried.value
            } else if type.hasPrefix(property) {
                header.properties.append(UnitProperty(type: String(type.dropFirst(property.count)), value: carried.value, language: carried.language))
            } else if type.hasPrefix(preserved), let elementOrigin = InlineCode.Origin(rawValue: String(type.dropFirst(preserved.count))) {
                header.preserved.append(PreservedXML(origin: elementOrigin, xml: carried.value))
            } else {
                kept.append(carried)
            }
        }
        properties = kept
        return header
    }
}
