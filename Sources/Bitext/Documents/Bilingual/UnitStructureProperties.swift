/// How what a unit has and the output format has no place for (an XLIFF 2 unit's segments
/// going to TMX, a TMX unit's attributes going to XLIFF 1.2) travels through it: as
/// properties of bitext's own `x-bitext-` types (TMX `<prop>`, XLIFF 1.2 `<context>`),
/// which the readers of those formats turn back into what they stand for.
///
/// Carried: the unit's format, attributes, state, format flags and `<file>`, the attributes
/// of its source and target elements (TMX `<tuv>` `creationid`), elements of another format
/// kept as XML, note categories, priorities and ids where the format lacks them, and for a
/// segment of a unit its place (`2/5`), id, attributes, its target's attributes (`order`)
/// and the `<ignorable>`s around it, so that XLIFF 2 → TMX → XLIFF 2 writes the unit back
/// with its segments. A unit that had no id gets an empty `x-bitext-unit`, so that the id
/// an XLIFF needs is not taken for one. File headers are `FileHeaderProperties`, inline
/// codes `InlineCodeProperties`. A segment of a unit of several becomes a TMX unit of its own with the id
/// `UNIT#SEGMENT`.
/// Inline codes inside an `<ignorable>` have no place in a property: its text is carried
/// without them (the converter says so).
enum UnitStructureProperties {
    static let prefix = "x-bitext-"
    static let unitID = "x-bitext-unit"
    static let segment = "x-bitext-segment"
    static let segmentID = "x-bitext-segment-id"
    static let segmentAttribute = "x-bitext-segment-attr."
    static let targetAttribute = "x-bitext-target-attr."
    static let state = "x-bitext-state"
    static let file = "x-bitext-file"
    /// The unit's `formatFlags`, comma-separated as PO writes them (`c-format, fuzzy`).
    static let formatFlags = "x-bitext-format-flags"
    static let unitAttribute = "x-bitext-unit-attr."
    /// Attributes of the unit's source and target elements (TMX `<tuv>` `creationid`).
    static let sourceElementAttribute = "x-bitext-source-element."
    static let targetElementAttribute = "x-bitext-target-element."
    /// `x-bitext-preserved.xliff12`: an element of the unit kept as XML (`<alt-trans>`).
    static let preserved = "x-bitext-preserved."
    /// `x-bitext-note-category.2`: the category (XLIFF 1.2 `from`) and priority of the
    /// unit's second note, for TMX, whose notes have neither; its XLIFF 2 `id`, for TMX and
    /// XLIFF 1.2.
    static let noteCategory = "x-bitext-note-category."
    static let notePriority = "x-bitext-note-priority."
    static let noteID = "x-bitext-note-id."
    /// The format of the attributes, when not XLIFF 2.
    static let unitOrigin = "x-bitext-unit-origin"
    /// Source text of an ignorable; the `-target` and `-id` types that follow belong to it.
    static let ignorableBefore = "x-bitext-ignorable-before"
    static let ignorableAfter = "x-bitext-ignorable-after"
    static let targetSuffix = "-target"
    static let idSuffix = "-id"

    /// The id of the unit a pair becomes in a format with one unit per pair: the unit's
    /// own id, or `UNIT#SEGMENT` for a segment of a unit of several.
    static func pairID(of unit: TranslationUnitInfo?) -> String? {
        guard let unit else { return nil }
        guard let segment = unit.segment, segment.isStructured, let id = unit.id else { return unit.id }
        return "\(id)#\(segment.id ?? String(segment.position + 1))"
    }

    /// The properties carrying, into a file of `format`, what a unit of another format has
    /// beyond ids, notes and properties: its origin, attributes and state, and its segment
    /// (any XLIFF 2 one; of XLIFF 1.2 one cut by `<seg-source>`). None for a unit of
    /// `format` itself.
    /// Format flags go in every format, none of which has a place of its own for them; so
    /// do elements of another format kept as XML, and, in TMX, the categories and priorities
    /// of notes.
    static func properties(of unit: TranslationUnitInfo, in format: InlineCode.Origin) -> [UnitProperty] {
        var properties: [UnitProperty] = []
        func add(_ type: String, _ value: String) { properties.append(UnitProperty(type: type, value: value)) }
        if !unit.formatFlags.isEmpty { add(formatFlags, joinedFlags(unit.formatFlags)) }
        for element in unit.preserved where element.origin != format {
            add(preserved + element.origin.rawValue, element.xml)
        }
        // Numbered in the order the format's reader reads the notes back.
        for (index, note) in (format == .tmx ? notesInTMXOrder(unit.notes) : unit.notes).enumerated() {
            if format == .tmx, let category = note.category { add(noteCategory + String(index + 1), category) }
            if format == .tmx, let priority = note.priority { add(notePriority + String(index + 1), priority) }
            if format != .xliff2, let id = note.id { add(noteID + String(index + 1), id) }
        }
        guard let origin = unit.attributesOrigin, origin != format else { return properties }
        // The origin always, so that the reader does not take the unit for one of its own
        // format, nor an XLIFF 2 unit for a TMX one.
        add(unitOrigin, origin.rawValue)
        if let segment = unit.segment, origin == .xliff2 || segment.isStructured {
            if segment.isStructured {
                if let id = unit.id { add(unitID, id) }
                add(Self.segment, "\(segment.position + 1)/\(segment.count)")
            }
            if let id = segment.id { add(segmentID, id) }
            for (name, value) in InlineCodeLayout.sorted(segment.attributes) { add(segmentAttribute + name, value) }
            for (name, value) in InlineCodeLayout.sorted(segment.targetAttributes) { add(targetAttribute + name, value) }
            for ignorable in segment.ignorablesBefore { append(ignorable, as: ignorableBefore, to: &properties) }
            for ignorable in segment.ignorablesAfter { append(ignorable, as: ignorableAfter, to: &properties) }
        }
        if let state = unit.state { add(Self.state, state) }
        if let fileID = unit.fileID { add(file, fileID) }
        for (name, value) in InlineCodeLayout.sorted(unit.attributes) { add(unitAttribute + name, value) }
        for (name, value) in InlineCodeLayout.sorted(unit.sourceAttributes) { add(sourceElementAttribute + name, value) }
        for (name, value) in InlineCodeLayout.sorted(unit.targetAttributes) { add(targetElementAttribute + name, value) }
        return properties
    }

    /// Notes in the order a TMX reader reads them back: the unit's, then those of the
    /// source `<tuv>`, then those of the target `<tuv>`, as the TMX writer puts them.
    static func notesInTMXOrder(_ notes: [UnitNote]) -> [UnitNote] {
        notes.filter { $0.appliesTo == .unit } + notes.filter { $0.appliesTo == .source } + notes.filter { $0.appliesTo == .target }
    }

    private static func append(_ ignorable: IgnorableText, as type: String, to properties: inout [UnitProperty]) {
        properties.append(UnitProperty(type: type, value: InlineCode.plainText(ignorable.source)))
        if let target = ignorable.target {
            properties.append(UnitProperty(type: type + targetSuffix, value: InlineCode.plainText(target)))
        }
        if let id = ignorable.id { properties.append(UnitProperty(type: type + idSuffix, value: id)) }
    }

    /// Takes bitext's structure properties out of `unit.properties` and restores what they
    /// stand for. The unit's attributes become XLIFF 2 attributes again only when the unit
    /// has none of its own format; otherwise those properties stay ordinary properties.
    static func restore(_ unit: inout TranslationUnitInfo) {
        guard unit.properties.contains(where: { $0.type.hasPrefix(prefix) && isStructure($0.type) }) else { return }
        if let header = FileHeaderProperties.restore(&unit.properties) { unit.fileHeader = header }
        // `xml:space` is what bitext's XLIFF 1.2 writes on a unit itself.
        let takesAttributes = unit.attributes.keys.allSatisfy { $0 == "xml:space" }
        let takesElementAttributes = unit.sourceAttributes.isEmpty && unit.targetAttributes.isEmpty
        var segment = UnitSegmentInfo(position: 0, count: 1)
        var hasSegment = false
        var attributes: [String: String] = [:]
        var carriedOrigin: InlineCode.Origin?
        var noteAttributes: [(index: Int, name: String, value: String)] = []
        var kept: [UnitProperty] = []
        var lastIgnorable: (before: Bool, index: Int)?
        for property in unit.properties {
            let type = property.type, value = property.value
            guard property.appliesTo == .unit, type.hasPrefix(prefix) else { kept.append(property); continue }
            if let (part, original) = sidedProperty(type) {
                kept.append(UnitProperty(type: original, value: value, appliesTo: part, language: property.language))
                continue
            }
            switch type {
            case unitID:
                // Empty: the unit had no id, the one its XLIFF has is bitext's.
                unit.id = value.isEmpty ? nil : value
            case Self.segment:
                let numbers = value.split(separator: "/").compactMap { Int($0) }
                if numbers.count == 2, numbers[0] >= 1, numbers[0] <= numbers[1] {
                    segment.position = numbers[0] - 1
                    segment.count = numbers[1]
                    hasSegment = true
                } else {
                    kept.append(property)
                }
            case segmentID:
                segment.id = value
                hasSegment = true
            case state:
                unit.state = value
            case file:
                unit.fileID = value
            case formatFlags:
                unit.formatFlags = splitFlags(value)
            case unitOrigin where takesAttributes:
                carriedOrigin = InlineCode.Origin(rawValue: value)
            case ignorableBefore, ignorableAfter:
                let before = type == ignorableBefore
                if before {
                    segment.ignorablesBefore.append(IgnorableText(source: value))
                    lastIgnorable = (true, segment.ignorablesBefore.count - 1)
                } else {
                    segment.ignorablesAfter.append(IgnorableText(source: value))
                    lastIgnorable = (false, segment.ignorablesAfter.count - 1)
                }
                hasSegment = true
            case ignorableBefore + targetSuffix, ignorableAfter + targetSuffix, ignorableBefore + idSuffix, ignorableAfter + idSuffix:
                let before = type.hasPrefix(ignorableBefore)
                guard let last = lastIgnorable, last.before == before else { kept.append(property); continue }
                let isTarget = type.hasSuffix(targetSuffix)
                if before {
                    if isTarget { segment.ignorablesBefore[last.index].target = value } else { segment.ignorablesBefore[last.index].id = value }
                } else {
                    if isTarget { segment.ignorablesAfter[last.index].target = value } else { segment.ignorablesAfter[last.index].id = value }
                }
            default:
                if type.hasPrefix(segmentAttribute) {
                    segment.attributes[String(type.dropFirst(segmentAttribute.count))] = value
                    hasSegment = true
                } else if type.hasPrefix(targetAttribute) {
                    segment.targetAttributes[String(type.dropFirst(targetAttribute.count))] = value
                    hasSegment = true
                } else if type.hasPrefix(unitAttribute), takesAttributes {
                    attributes[String(type.dropFirst(unitAttribute.count))] = value
                } else if type.hasPrefix(sourceElementAttribute), takesElementAttributes {
                    unit.sourceAttributes[String(type.dropFirst(sourceElementAttribute.count))] = value
                } else if type.hasPrefix(targetElementAttribute), takesElementAttributes {
                    unit.targetAttributes[String(type.dropFirst(targetElementAttribute.count))] = value
                } else if type.hasPrefix(preserved), let origin = InlineCode.Origin(rawValue: String(type.dropFirst(preserved.count))) {
                    unit.preserved.append(PreservedXML(origin: origin, xml: value))
                } else if let place = noteAttributePlace(type) {
                    noteAttributes.append((place.index, place.name, value))
                } else {
                    kept.append(property)
                }
            }
        }
        unit.properties = kept
        for attribute in noteAttributes where attribute.index < unit.notes.count {
            switch attribute.name {
            case noteCategory: unit.notes[attribute.index].category = attribute.value
            case notePriority: unit.notes[attribute.index].priority = attribute.value
            default: unit.notes[attribute.index].id = attribute.value
            }
        }
        if hasSegment { unit.segment = segment }
        if takesAttributes, carriedOrigin != nil || hasSegment || unit.state != nil || !attributes.isEmpty {
            let origin = carriedOrigin ?? .xliff2
            unit.attributesOrigin = origin
            unit.attributes = attributes
            // An XLIFF 2 unit of one segment without id or attributes is still XLIFF 2's:
            // written back without a segment id or state it did not have.
            if origin == .xliff2, unit.segment == nil { unit.segment = UnitSegmentInfo(position: 0, count: 1) }
        }
    }

    /// `x-bitext-note-category.2` → (1, `noteCategory`).
    private static func noteAttributePlace(_ type: String) -> (index: Int, name: String)? {
        for name in [noteCategory, notePriority, noteID] where type.hasPrefix(name) {
            guard let number = Int(type.dropFirst(name.count)), number >= 1 else { return nil }
            return (number - 1, name)
        }
        return nil
    }

    static func joinedFlags(_ flags: [String]) -> String {
        flags.joined(separator: ", ")
    }

    /// Flags hold no spaces (`c-format`, `no-wrap`): the spaces around the commas go.
    static func splitFlags(_ value: String) -> [String] {
        value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// A property type for a format whose properties have no side and only some types
    /// (XLIFF 1.2 `context-type`): `x-bitext-source.TYPE` for a property of the source.
    static func sidedType(_ property: UnitProperty) -> String {
        "\(prefix)\(property.appliesTo.rawValue).\(property.type)"
    }

    private static func sidedProperty(_ type: String) -> (UnitPart, String)? {
        for part in [UnitPart.unit, .source, .target] {
            let sided = "\(prefix)\(part.rawValue)."
            if type.hasPrefix(sided) { return (part, String(type.dropFirst(sided.count))) }
        }
        return nil
    }

    private static func isStructure(_ type: String) -> Bool {
        if sidedProperty(type) != nil { return true }
        return [unitID, segment, segmentID, state, file, formatFlags, unitOrigin, ignorableBefore, ignorableAfter].contains(type)
            || type.hasPrefix(segmentAttribute) || type.hasPrefix(targetAttribute) || type.hasPrefix(unitAttribute)
            || type.hasPrefix(ignorableBefore) || type.hasPrefix(ignorableAfter)
            || type.hasPrefix(sourceElementAttribute) || type.hasPrefix(targetElementAttribute) || type.hasPrefix(preserved)
            || type.hasPrefix(noteCategory) || type.hasPrefix(notePriority) || type.hasPrefix(noteID) || type == FileHeaderProperties.origin
    }
}
