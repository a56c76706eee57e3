/// The XLIFF 2 processing requirements a schema cannot express and that bitext checks per
/// unit while streaming (so in bounded memory): a unit has a segment; a target needs
/// `trgLang`; `subState` needs `state`, `subType` needs `type`; data references resolve in
/// the unit's `originalData`; `sc`/`ec` and `sm`/`em` pair up in order or say
/// `isolated="yes"` (an isolated `ec` with `id`, not `startRef`); segment, ignorable and
/// note ids are unique in their unit. A broken one is an `InputError` at the unit's line:
/// a conformant reader must refuse such a document. Uniqueness of unit ids across a file is
/// not checked, since it would need memory in proportion to the file.
struct XLIFF2Constraints {
    let path: String

    func check(unit: XLIFF2UnitContent, hasTargetLanguage: Bool) throws {
        func fail(_ message: String, line: Int? = nil) -> InputError {
            InputError(file: path, line: line ?? unit.line, message)
        }
        guard unit.segmentCount > 0 else { throw fail("<unit id=\"\(unit.id ?? "")\"> has no <segment>") }
        if unit.hasTarget, !hasTargetLanguage { throw fail("a <target> needs trgLang on <xliff>") }
        if let line = unit.subStateWithoutStateLine { throw fail("subState needs a state on the same <segment>", line: line) }
        if let duplicate = Self.firstDuplicate(unit.segmentIDs) { throw fail("segment or ignorable id \"\(duplicate)\" is not unique in its unit") }
        if let duplicate = Self.firstDuplicate(unit.noteIDs) { throw fail("note id \"\(duplicate)\" is not unique in its unit") }
        for side in unit.sides {
            for code in side.codes where code.origin == .xliff2 {
                for key in ["dataRef", "dataRefStart", "dataRefEnd"] {
                    if let reference = code.attributes[key], unit.dataIDs.contains(reference) == false {
                        throw fail("<\(code.element) \(key)=\"\(reference)\"> refers to no <data> of the unit's <originalData>", line: side.line)
                    }
                }
                if code.attributes["subType"] != nil, code.attributes["type"] == nil {
                    throw fail("<\(code.element)> has subType without type", line: side.line)
                }
                if code.element == "ec", code.isolated, code.attributes["startRef"] != nil || code.attributes["id"] == nil {
                    throw fail("an isolated <ec> takes id, not startRef", line: side.line)
                }
            }
        }
        for codes in [unit.sides.filter(\.isSource), unit.sides.filter { !$0.isSource }] {
            try pairs(codes, opening: .opening, closing: .closing, start: "sc", end: "ec", fail: fail)
            try pairs(codes, opening: .annotationStart, closing: .annotationEnd, start: "sm", end: "em", fail: fail)
        }
    }

    /// Starts and ends of one side of the unit (across its segments) pair up in order.
    private func pairs(
        _ sides: [XLIFF2UnitContent.Side], opening: InlineCode.Role, closing: InlineCode.Role, start: String, end: String,
        fail: (String, Int?) -> InputError
    ) throws {
        var open: [String: Int] = [:]
        for side in sides {
            for code in side.codes where !code.isolated {
                if code.role == opening {
                    open[code.pairing ?? "", default: 0] += 1
                } else if code.role == closing {
                    guard let pairing = code.pairing else { throw fail("a non-isolated <\(end)> needs startRef", side.line) }
                    guard let count = open[pairing], count > 0 else {
                        throw fail("<\(end) startRef=\"\(pairing)\"> has no <\(start) id=\"\(pairing)\"> before it", side.line)
                    }
                    open[pairing] = count - 1
                }
            }
        }
        if let unmatched = open.first(where: { $0.value > 0 }) {
            throw fail("<\(start) id=\"\(unmatched.key)\"> has no <\(end)>; an unpaired start needs isolated=\"yes\"", sides.first?.line)
        }
    }

    private static func firstDuplicate(_ values: [String]) -> String? {
        var seen = Set<String>()
        return values.first { !seen.insert($0).inserted }
    }
}

/// What the XLIFF 2 reader gathers of one unit for `XLIFF2Constraints`.
struct XLIFF2UnitContent {
    struct Side {
        var isSource: Bool
        var codes: [InlineCode]
        var line: Int
    }

    var id: String?
    var line: Int
    var segmentCount = 0
    var hasTarget = false
    var subStateWithoutStateLine: Int?
    var segmentIDs: [String] = []
    var noteIDs: [String] = []
    var dataIDs: Set<String> = []
    var sides: [Side] = []
}
