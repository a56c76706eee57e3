/// Puts a unit's inline codes back as XLIFF 2: `sc`/`ec` for paired codes (isolated when
/// the other half is elsewhere), `ph` for standalones, `sm`/`em` for annotations, each with
/// its native code in the unit's `<originalData>`. Codes read from XLIFF 2 keep their ids
/// and attributes, and a `<pc>` or `<mrk>` read as one stays one (with `dataRefEnd`,
/// `equivEnd`, `dispEnd`…) wherever it still nests; codes from another format get ids
/// numbered alike in source and target and carry their original element and attributes
/// in `bx:` attributes.
///
/// A unit's content may be several parts (its segments and ignorables, in order): codes
/// pair up and are numbered across them, as XLIFF 2 lets an `sc` in one segment end with
/// an `ec` in a later one, and the unit has one `<originalData>`.
struct XLIFF2InlineWriter {
    private struct Placed {
        enum Kind {
            case empty
            /// The start tag of a `<pc>` or `<mrk>` around the text up to its `end`.
            case start
            case end
        }

        var element: String
        var attributes: [(String, String)]
        var kind: Kind = .empty
    }

    /// `<data>` entries of the unit, by id, in order.
    private(set) var originalData: [(String, String)] = []
    private var placed: [UnitPart: [Placed]] = [:]
    private let codes: [UnitPart: [InlineCode]]
    /// Where each part's codes start in `codes`, per side.
    private let offsets: [UnitPart: [Int]]

    init(source: [InlineCode], target: [InlineCode]) {
        self.init(parts: [(source, target)])
    }

    init(parts: [(source: [InlineCode], target: [InlineCode])]) {
        // Most units have no code: nothing to lay out (this runs for every unit).
        guard parts.contains(where: { !$0.source.isEmpty || !$0.target.isEmpty }) else {
            codes = [:]
            offsets = [:]
            return
        }
        func starts(_ counts: [Int]) -> [Int] {
            var total = 0
            return counts.map { count in defer { total += count }; return total }
        }
        offsets = [.source: starts(parts.map(\.source.count)), .target: starts(parts.map(\.target.count))]
        let source = parts.flatMap(\.source)
        let target = parts.flatMap(\.target)
        codes = [.source: source, .target: target]
        var dataCount = 0
        func data(_ content: String?) -> String? {
            guard let content, !content.isEmpty else { return nil }
            dataCount += 1
            originalData.append(("d\(dataCount)", content))
            return "d\(dataCount)"
        }
        for side in [UnitPart.source, .target] {
            let sideCodes = codes[side] ?? []
            let wrapped = Self.nativeWrappers(sideCodes, partStarts: offsets[side] ?? [])
            let paired = InlineCodeLayout.pairedIndices(sideCodes, opening: .opening, closing: .closing)
            let annotated = InlineCodeLayout.pairedIndices(sideCodes, opening: .annotationStart, closing: .annotationEnd)
            let halves = Self.matchedIsolatedHalves(sideCodes)
            var pairs = InlineCodeLayout.Numbering()
            var annotations = InlineCodeLayout.Numbering()
            var unnamedAnnotations: [String] = []
            var standalones = 0
            var isolated = 0
            var sidePlaced: [Placed] = []
            for (index, code) in sideCodes.enumerated() {
                let native = code.origin == .xliff2 ? code.pairing.flatMap { XMLName.isNMToken($0) ? $0 : nil } : nil
                if let closing = wrapped.closingOf[index] {
                    sidePlaced.append(Self.wrapperStart(code, closing: sideCodes[closing], id: native, data: data))
                    continue
                }
                if wrapped.closings.contains(index) {
                    sidePlaced.append(Placed(element: code.element, attributes: [], kind: .end))
                    continue
                }
                var element: String
                var attributes: [(String, String)]
                switch code.role {
                case .opening where paired.contains(index):
                    element = "sc"
                    attributes = [("id", native ?? "c\(pairs.number(for: code.pairing))")]
                case .closing where paired.contains(index):
                    element = "ec"
                    attributes = [("startRef", native ?? "c\(pairs.number(for: code.pairing))")]
                case .opening where halves[index] != nil, .closing where halves[index] != nil:
                    // Both halves in this unit: XLIFF 2 wants them paired, not isolated.
                    let key = "\u{1}\(halves[index] ?? index)"
                    element = code.role == .opening ? "sc" : "ec"
                    attributes = [(code.role == .opening ? "id" : "startRef", "c\(pairs.number(for: key))")]
                case .opening, .closing:
                    isolated += 1
                    element = code.role == .opening ? "sc" : "ec"
                    attributes = [("id", native ?? "i\(isolated)"), ("isolated", "yes")]
                case .annotationStart where annotated.contains(index):
                    element = "sm"
                    // Annotations without an id of their own (TMX `hi`) nest: each gets its own number.
                    let key = code.pairing ?? "\u{0}\(index)"
                    if code.pairing == nil { unnamedAnnotations.append(key) }
                    attributes = [("id", native ?? "a\(annotations.number(for: key))")]
                case .annotationEnd where annotated.contains(index):
                    element = "em"
                    let key = code.pairing ?? unnamedAnnotations.popLast() ?? ""
                    attributes = [("startRef", native ?? "a\(annotations.number(for: key))")]
                case .standalone, .annotationStart, .annotationEnd, .character:
                    standalones += 1
                    element = "ph"
                    attributes = [("id", code.role == .standalone ? native ?? "p\(standalones)" : "p\(standalones)")]
                }
                if element != "sm", element != "em", let id = data(code.content) {
                    attributes.append(("dataRef", id))
                }
                // `<em>` takes no attribute but `startRef`: its `<sm>` carries the original.
                if element != "em" { attributes += Self.carried(code, as: element) }
                sidePlaced.append(Placed(element: element, attributes: attributes))
            }
            placed[side] = sidePlaced
        }
    }

    /// XLIFF 2 `<pc>` and `<mrk>` codes whose start and end are in the same part and nest
    /// like elements: written as elements again. By the index of each start, its end's.
    private static func nativeWrappers(_ codes: [InlineCode], partStarts: [Int]) -> (closingOf: [Int: Int], closings: Set<Int>) {
        var closingOf: [Int: Int] = [:]
        var closings = Set<Int>()
        let bounds = partStarts + [codes.count]
        for part in partStarts.indices {
            var open: [Int] = []
            for index in bounds[part]..<bounds[part + 1] {
                let code = codes[index]
                guard code.origin == .xliff2, code.element == "pc" || code.element == "mrk" else { continue }
                switch code.role {
                case .opening, .annotationStart:
                    open.append(index)
                case .closing, .annotationEnd:
                    if let start = open.last, codes[start].element == code.element, codes[start].pairing == code.pairing {
                        open.removeLast()
                        closingOf[start] = index
                        closings.insert(index)
                    } else {
                        open.removeAll()
                    }
                default:
                    break
                }
            }
        }
        return (closingOf, closings)
    }

    /// The start tag of a `<pc>` or `<mrk>`: its id, its start and end native codes as data
    /// references, and the rest of its attributes as read.
    private static func wrapperStart(_ code: InlineCode, closing: InlineCode, id: String?, data: (String?) -> String?) -> Placed {
        var attributes: [(String, String)] = [("id", id ?? code.pairing ?? "")]
        if code.element == "pc" {
            if let start = data(code.content) { attributes.append(("dataRefStart", start)) }
            if let end = data(closing.content) { attributes.append(("dataRefEnd", end)) }
        }
        let replaced: Set = ["id", "dataRefStart", "dataRefEnd"]
        attributes += InlineCodeLayout.sorted(code.attributes).filter { !replaced.contains($0.0) && !$0.0.hasPrefix("\(BitextXMLNamespace.prefix):") }
        return Placed(element: code.element, attributes: attributes, kind: .start)
    }

    /// Isolated halves of another format (TMX `it`) whose other half is in the same unit
    /// (a code opened in one segment and closed in a later one, as XLIFF 2 allows and TMX
    /// cannot say): each opening and its closing, matched innermost first, by the index of
    /// the opening. XLIFF 2's own isolated codes are isolated within their unit already.
    private static func matchedIsolatedHalves(_ codes: [InlineCode]) -> [Int: Int] {
        var matched: [Int: Int] = [:]
        var open: [Int] = []
        for (index, code) in codes.enumerated() where code.isolated && code.origin != .xliff2 {
            if code.role == .opening {
                open.append(index)
            } else if code.role == .closing, let start = open.popLast() {
                matched[start] = start
                matched[index] = start
            }
        }
        return matched
    }

    /// Attributes of an XLIFF 2 code that the element written may have; for other formats,
    /// the original element and attributes in bitext's namespace.
    private static func carried(_ code: InlineCode, as element: String) -> [(String, String)] {
        let prefix = BitextXMLNamespace.prefix
        guard code.origin == .xliff2 else {
            let originals = InlineCodeLayout.sorted(code.attributes).compactMap { name, value in
                BitextXMLNamespace.attributeName(for: name).map { ("\(prefix):\($0)", value) }
            }
            return [("\(prefix):origin", code.origin.rawValue), ("\(prefix):element", code.element)] + originals
        }
        let suffix = code.role == .closing ? "End" : "Start"
        var result: [(String, String)] = []
        for (name, value) in InlineCodeLayout.sorted(code.attributes) {
            let plain = code.element == "pc" && name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
            if name.utf8.contains(0x3A) ? !name.hasPrefix("\(prefix):") : allowed[element]?.contains(plain) == true {
                result.append((plain, value))
            }
        }
        return result
    }

    /// The XLIFF 2 attributes each written element has besides ids and data references.
    private static let allowed: [String: Set<String>] = {
        let code: Set<String> = ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dir", "disp", "equiv", "subFlows", "subType", "type"]
        return ["sc": code, "ec": code, "ph": code.subtracting(["canOverlap", "dir"]), "sm": ["translate", "type", "ref", "value"], "em": []]
    }()

    /// Writes a side of part `part` with its codes; `text` writes plain runs.
    func write(_ text: String, part: Int = 0, side: UnitPart, to xml: XMLWriter, text writeText: (String) throws -> Void) throws {
        let sideCodes = codes[side] ?? []
        guard !sideCodes.isEmpty else { return try writeText(text) }
        let start = offsets[side]?[part] ?? 0
        let end = offsets[side].flatMap { part + 1 < $0.count ? $0[part + 1] : nil } ?? sideCodes.count
        let sidePlaced = placed[side] ?? []
        for run in InlineRun.runs(of: text, codes: Array(sideCodes[start..<end])) {
            switch run {
            case .text(let string):
                try writeText(string)
            case .code(let index):
                guard start + index < sidePlaced.count else { continue }
                let placed = sidePlaced[start + index]
                switch placed.kind {
                case .empty: try xml.inline(placed.element, placed.attributes, text: nil)
                case .start: try xml.startInline(placed.element, placed.attributes)
                case .end: try xml.endInline()
                }
            }
        }
    }
}
