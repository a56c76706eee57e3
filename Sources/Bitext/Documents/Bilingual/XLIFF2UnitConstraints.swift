/// The processing requirements that hold inside one XLIFF 2 `<unit>`: ids of parts and inline
/// elements, `dataRef`s, `sc`/`ec` and `sm`/`em` pairing, editing hints, `copyOf`, comment
/// annotations, target `order` and non-removable codes. Fed by `XLIFF2Constraints`; holds
/// only this unit's ids and pending references, so memory is bounded by the unit.
struct XLIFF2UnitConstraints {
    typealias Attributes = [String: String]

    let id: String
    let path: String
    let fileID: String?
    private(set) var noteIDs: Set<String> = []
    private var dataIDs: Set<String> = []
    private var partIDs: [String: Int] = [:]
    private var partCount = 0
    private var segmentCount = 0
    private var partSpace: String?
    private var partsWithTarget: Set<Int> = []
    private var targetOrders: [Int: Int] = [:]
    private var source = Side()
    private var target = Side()
    private var inTarget: Bool?
    private var nonRemovable: [(id: String, part: Int, element: String, line: Int)] = []
    private var copies: [(reference: String, element: String, line: Int)] = []
    private var spanReferences: [(reference: String, element: String, line: Int)] = []

    /// One side's inline elements: ids, codes with their editing hints, open pairs.
    private struct Side {
        var ids: [String: Int] = [:]
        var codes: [String: Code] = [:]
        var openCodes: [String: Code] = [:]
        var closedCodes: Set<String> = []
        var isolatedStarts: Set<String> = []
        var openMarkers: [String: Int] = [:]
        var closedMarkers: Set<String> = []
        var pendingEnds: [(startRef: String, element: String, hints: Attributes, line: Int)] = []
        var reorderSequenceStarted = false
    }

    private struct Code {
        var element: String
        var line: Int
        var hints: Attributes
    }

    static let hintNames = ["canCopy", "canDelete", "canReorder", "canOverlap"]
    static let codeElements: Set = ["ph", "pc", "sc", "ec"]
    /// `subType` values the specification defines, with the `type` each one requires.
    static let xliffSubTypes = ["xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui"]

    init(id: String, path: String, fileID: String?) {
        self.id = id
        self.path = path
        self.fileID = fileID
    }

    private func fail(_ line: Int, _ message: String) -> InputError {
        InputError(file: path, line: line, message)
    }

    mutating func addNote(id: String) { noteIDs.insert(id) }

    /// A module reference (`<mtc:match ref>`) that must point to a span of this unit: a
    /// segment, ignorable or inline element (`#id`, or `#t=id` for the target).
    mutating func addSpanReference(_ reference: String, element: String, line: Int) {
        spanReferences.append((reference, element, line))
    }

    mutating func addData(id: String, line: Int) throws {
        guard dataIDs.insert(id).inserted else {
            throw fail(line, "<data> id \"\(id)\" is used twice in the <originalData> of unit \(self.id); data ids must be unique within it")
        }
    }

    /// A `<segment>` or `<ignorable>` begins.
    mutating func startPart(_ element: String, attributes: Attributes, line: Int) throws {
        partCount += 1
        if element == "segment" {
            segmentCount += 1
            if attributes["subState"] != nil, attributes["state"] == nil {
                throw fail(line, "<segment> has subState but no state: subState requires state")
            }
        }
        if let id = attributes["id"] {
            if let first = partIDs[id] ?? source.ids[id] ?? target.ids[id] {
                throw fail(line, "id \"\(id)\" of this <\(element)> is already used at line \(first) in unit \(self.id): segment, ignorable and inline element ids must be unique within a unit")
            }
            partIDs[id] = line
        }
    }

    /// A `<source>` or `<target>` of the current part begins; `language` and `space` are its
    /// effective `xml:lang` and `xml:space`.
    mutating func startContent(isTarget: Bool, attributes: Attributes, language: String?, space: String,
                               sourceLanguage: String?, targetLanguage: String?, line: Int) throws {
        inTarget = isTarget
        if !isTarget {
            partSpace = space
            if let language, let sourceLanguage, language.lowercased() != sourceLanguage.lowercased() {
                throw fail(line, "the xml:lang of this <source> (\(language), possibly inherited) is not the document's srcLang \(sourceLanguage)")
            }
            return
        }
        guard let targetLanguage else {
            throw fail(line, "<target> in a document without trgLang: trgLang is required when a target is present")
        }
        if let language, language.lowercased() != targetLanguage.lowercased() {
            throw fail(line, "the xml:lang of this <target> (\(language), possibly inherited) is not the document's trgLang \(targetLanguage)")
        }
        if let partSpace, partSpace != space {
            throw fail(line, "this <target> has xml:space \"\(space)\" but its <source> \"\(partSpace)\": they must be the same")
        }
        partsWithTarget.insert(partCount)
        let order: Int
        if let explicit = attributes["order"] {
            guard let value = Int(explicit), value > 0 else { throw fail(line, "order \"\(explicit)\" is not a positive integer") }
            order = value
        } else {
            order = partCount
        }
        if let first = targetOrders[order] {
            throw fail(line, "this <target> has order \(order) (given or implied by its position), like the <target> at line \(first): order must be unique within a unit")
        }
        targetOrders[order] = line
    }

    mutating func endContent() { inTarget = nil }

    /// An inline element of the current source or target (codes, markers, `cp`).
    mutating func inline(_ element: String, attributes: Attributes, line: Int) throws {
        guard let isTarget = inTarget else { return }
        var side = isTarget ? target : source
        defer { if isTarget { target = side } else { source = side } }
        let isolated = attributes["isolated"] == "yes"
        var ownID = attributes["id"]
        if element == "ec" {
            if isolated {
                guard attributes["id"] != nil, attributes["startRef"] == nil else {
                    throw fail(line, "an <ec> with isolated=\"yes\" must have id and no startRef")
                }
            } else {
                guard attributes["startRef"] != nil, attributes["id"] == nil else {
                    throw fail(line, "an <ec> that is not isolated must have startRef and no id (an <ec> without its <sc> in the unit needs isolated=\"yes\")")
                }
            }
        }
        for key in ["dataRef", "dataRefStart", "dataRefEnd"] {
            guard let reference = attributes[key] else { continue }
            if attributes["copyOf"] != nil {
                throw fail(line, "<\(element)> has both copyOf and \(key): a copy takes its original data from its base code")
            }
            guard dataIDs.contains(reference) else {
                throw fail(line, "\(key)=\"\(reference)\" of <\(element)> points to no <data> in the <originalData> of unit \(id)")
            }
        }
        if element == "em" || element == "cp" { ownID = nil }
        if let ownID {
            if let first = side.ids[ownID] {
                throw fail(line, "id \"\(ownID)\" of <\(element)> is already used at line \(first) in this \(isTarget ? "target" : "source") of unit \(id): inline ids must be unique")
            }
            if let first = partIDs[ownID] {
                throw fail(line, "id \"\(ownID)\" of <\(element)> is already the id of the segment or ignorable at line \(first) in unit \(id)")
            }
            side.ids[ownID] = line
        }
        if element == "mrk" { try checkComment(attributes, line: line) }
        if let subType = attributes["subType"], Self.codeElements.contains(element) {
            guard let type = attributes["type"] else { throw fail(line, "<\(element)> has subType but no type: subType requires type") }
            if subType.hasPrefix("xlf:") {
                guard let required = Self.xliffSubTypes[subType] else { throw fail(line, "subType \"\(subType)\" is not one the specification defines") }
                guard required == type else { throw fail(line, "subType \"\(subType)\" requires type \"\(required)\", not \"\(type)\"") }
            }
        }
        guard Self.codeElements.contains(element) || element == "sm" || element == "em" else { return }
        if let copyOf = attributes["copyOf"] { copies.append((copyOf, element, line)) }
        let hints = attributes.filter { Self.hintNames.contains($0.key) }
        if Self.codeElements.contains(element), !isTarget { try checkReorder(element, hints: hints, side: &side, line: line) }
        switch element {
        case "sc":
            guard let ownID else { break }
            side.codes[ownID] = Code(element: element, line: line, hints: hints)
            if isolated { side.isolatedStarts.insert(ownID) } else { side.openCodes[ownID] = Code(element: element, line: line, hints: hints) }
        case "ec":
            if isolated, let ownID { side.codes[ownID] = Code(element: element, line: line, hints: hints) }
            if !isolated, let startRef = attributes["startRef"] {
                if isTarget {
                    side.pendingEnds.append((startRef, element, hints, line))
                } else {
                    try close(startRef, hints: hints, line: line, in: &side)
                }
            }
        case "sm":
            if let ownID { side.openMarkers[ownID] = line }
        case "em":
            guard let startRef = attributes["startRef"] else { break }
            if isTarget {
                side.pendingEnds.append((startRef, element, [:], line))
            } else {
                try closeMarker(startRef, line: line, in: &side)
            }
        default:
            if let ownID { side.codes[ownID] = Code(element: element, line: line, hints: hints) }
        }
        if !isTarget, attributes["canDelete"] == "no", let ownID {
            nonRemovable.append((ownID, partCount, element, line))
        }
    }

    private func checkComment(_ attributes: Attributes, line: Int) throws {
        guard attributes["type"] == "comment" else { return }
        switch (attributes["value"], attributes["ref"]) {
        case (nil, nil):
            throw fail(line, "a comment annotation (<mrk type=\"comment\">) needs value or ref")
        case (.some, .some):
            throw fail(line, "a comment annotation (<mrk type=\"comment\">) has value and ref: it must have exactly one of them")
        case (nil, let reference?):
            let fragment: XLIFF2FragmentIdentifier
            do { fragment = try XLIFF2FragmentIdentifier(parsing: reference) } catch {
                throw fail(line, "ref=\"\(reference)\" is not a valid XLIFF fragment identifier: \(error.reason)")
            }
            let inUnit = fragment.id(of: "g") == nil
                && (fragment.id(of: "f") == nil ? true : fragment.id(of: "f") == fileID && fragment.id(of: "u") != nil)
                && (fragment.id(of: "u").map { $0 == id } ?? true)
            guard inUnit, let leaf = fragment.leaf, leaf.prefix == "n", noteIDs.contains(leaf.id) else {
                throw fail(line, "ref=\"\(reference)\" of a comment annotation must point to a <note> of its own unit \(id) (#n=NOTE-ID)")
            }
        case (.some, nil):
            break
        }
    }

    /// A sequence of codes that cannot be reordered starts with `firstNo`; those codes can be
    /// neither copied nor deleted.
    private func checkReorder(_ element: String, hints: Attributes, side: inout Side, line: Int) throws {
        guard let value = hints["canReorder"] else { return }
        if value == "firstNo" { side.reorderSequenceStarted = true }
        if value == "no", !side.reorderSequenceStarted {
            throw fail(line, "<\(element)> has canReorder=\"no\" but no code with canReorder=\"firstNo\" starts its sequence")
        }
        if value == "no" || value == "firstNo" {
            let copy = hints["canCopy"] ?? (element == "ec" ? "no" : "yes")
            let delete = hints["canDelete"] ?? (element == "ec" ? "no" : "yes")
            if copy != "no" || delete != "no" {
                throw fail(line, "<\(element)> has canReorder=\"\(value)\", so it must have canCopy=\"no\" and canDelete=\"no\"")
            }
        }
    }

    private func close(_ startRef: String, hints: Attributes, line: Int, in side: inout Side) throws {
        guard let start = side.openCodes.removeValue(forKey: startRef) else {
            if side.isolatedStarts.contains(startRef) {
                throw fail(line, "<ec> closes the <sc> with id \(startRef) (startRef), which is isolated=\"yes\": an isolated <sc> has no <ec> in its unit")
            }
            if side.closedCodes.contains(startRef) {
                throw fail(line, "<ec> closes the <sc> with id \(startRef) (startRef) a second time")
            }
            throw fail(line, "<ec> closes no <sc> with id \(startRef) (startRef) before it in unit \(id)")
        }
        side.closedCodes.insert(startRef)
        for name in Self.hintNames {
            guard let value = hints[name] else { continue }
            let startValue = start.hints[name] ?? "yes"
            let agree = name == "canReorder" ? (value == "yes") == (startValue == "yes") : value == startValue
            if !agree {
                throw fail(line, "<ec> has \(name)=\"\(value)\" but its <sc> (line \(start.line)) has \(name)=\"\(startValue)\": they must agree")
            }
        }
    }

    private func closeMarker(_ startRef: String, line: Int, in side: inout Side) throws {
        guard side.openMarkers.removeValue(forKey: startRef) != nil else {
            throw fail(line, side.closedMarkers.contains(startRef)
                ? "<em> closes the <sm> with id \(startRef) (startRef) a second time"
                : "<em> closes no <sm> with id \(startRef) (startRef) before it in unit \(id)")
        }
        side.closedMarkers.insert(startRef)
    }

    /// At `</unit>`: what needs the whole unit.
    mutating func finish(line: Int) throws {
        guard segmentCount > 0 else { throw fail(line, "unit \(id) has no <segment>: a unit must have at least one") }
        for pending in target.pendingEnds {
            if pending.element == "em" {
                try closeMarker(pending.startRef, line: pending.line, in: &target)
            } else {
                try close(pending.startRef, hints: pending.hints, line: pending.line, in: &target)
            }
        }
        for side in [source, target] {
            if let (startID, start) = side.openCodes.min(by: { $0.value.line < $1.value.line }) {
                throw fail(start.line, "<sc> with id \(startID) has no <ec> in unit \(id): an <sc> without its <ec> must be isolated=\"yes\"")
            }
            if let (markerID, markerLine) = side.openMarkers.min(by: { $0.value < $1.value }) {
                throw fail(markerLine, "<sm> with id \(markerID) has no <em> in unit \(id)")
            }
        }
        for copy in copies {
            guard let base = source.codes[copy.reference] ?? target.codes[copy.reference] else {
                throw fail(copy.line, "copyOf=\"\(copy.reference)\" of <\(copy.element)> points to no code in unit \(id)")
            }
            if base.hints["canCopy"] == "no" {
                throw fail(copy.line, "copyOf=\"\(copy.reference)\" of <\(copy.element)> copies the code at line \(base.line), which has canCopy=\"no\"")
            }
        }
        for span in spanReferences {
            guard let fragment = try? XLIFF2FragmentIdentifier(parsing: span.reference), let leaf = fragment.leaf else {
                throw fail(span.line, "ref=\"\(span.reference)\" of <\(span.element)> is not a valid XLIFF fragment identifier")
            }
            let found = switch leaf.prefix {
            case nil: partIDs[leaf.id] != nil || source.ids[leaf.id] != nil
            case "t": target.ids[leaf.id] != nil
            default: true
            }
            if !found {
                throw fail(span.line, "ref=\"\(span.reference)\" of <\(span.element)> points to no segment, ignorable or inline element of unit \(id)")
            }
        }
        for code in nonRemovable where partsWithTarget.contains(code.part) && target.ids[code.id] == nil {
            throw fail(code.line, "<\(code.element)> with id \(code.id) has canDelete=\"no\" but is missing from the unit's target")
        }
        if let (order, orderLine) = targetOrders.first(where: { $0.key > partCount }) {
            throw fail(orderLine, "order \(order) is beyond the \(partCount) segments and ignorables of unit \(id)")
        }
    }
}
