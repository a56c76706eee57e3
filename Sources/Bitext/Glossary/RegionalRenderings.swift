/// A term's renderings for one Chinese region, as a glossary gives them beside its general ones.
public struct RegionalRenderings: Sendable, Hashable {
    /// Accepted in this region; when not empty, they replace the term's general renderings here.
    public var accepted: [String]
    /// Wrong in this region, in addition to the term's general forbidden renderings.
    public var forbidden: [String]

    public init(accepted: [String] = [], forbidden: [String] = []) {
        self.accepted = accepted
        self.forbidden = forbidden
    }

    public var isEmpty: Bool { accepted.isEmpty && forbidden.isEmpty }
}

/// A glossary term as it applies to a target of one region.
struct RegionalTerm {
    /// `accepted` and `forbidden` are the region's; `regional` is kept for messages.
    var term: GlossaryTerm
    /// Renderings other regions accept and this one does not, with the regions that accept
    /// them, in `ChineseRegion.allCases` order. They are among `term.forbidden`.
    var elsewhere: [String: [ChineseRegion]]
}

extension GlossaryTerm {
    /// What a target of `region` should write: the region's own renderings when it has any,
    /// else the general ones (matched through OpenCC, as a Simplified-only glossary is).
    public func accepted(in region: ChineseRegion) -> [String] {
        if let own = regional[region]?.accepted, !own.isEmpty { return own }
        return accepted
    }

    /// Every rendering the term accepts in some region.
    public var acceptedAnywhere: [String] {
        Self.unique(accepted + ChineseRegion.allCases.flatMap { regional[$0]?.accepted ?? [] })
    }

    /// The term for a target of `region`. Another region's rendering that this one does not
    /// accept becomes forbidden here (软件 where zh-TW says 軟體), remembered as that region's
    /// so the finding can name both. With no region known, or none of its own nor general
    /// renderings, every region's renderings are accepted and none is a regional error: a
    /// glossary written for one region checks the others through OpenCC, as before.
    func resolved(for region: ChineseRegion?) -> RegionalTerm {
        guard !regional.isEmpty else { return RegionalTerm(term: self, elsewhere: [:]) }
        var result = self
        guard let region, !accepted(in: region).isEmpty else {
            result.accepted = acceptedAnywhere
            let regionalForbidden = region.map { regional[$0]?.forbidden ?? [] }
                ?? ChineseRegion.allCases.flatMap { regional[$0]?.forbidden ?? [] }
            result.forbidden = Self.unique(forbidden + regionalForbidden).filter { !result.accepted.contains($0) }
            return RegionalTerm(term: result, elsewhere: [:])
        }
        let own = accepted(in: region)
        result.accepted = own
        result.forbidden = Self.unique(forbidden + (regional[region]?.forbidden ?? [])).filter { !own.contains($0) }
        var elsewhere: [String: [ChineseRegion]] = [:]
        var order: [String] = []
        for other in ChineseRegion.allCases where other != region {
            for rendering in accepted(in: other) where !own.contains(rendering) && !result.forbidden.contains(rendering) {
                if elsewhere[rendering] == nil { order.append(rendering) }
                elsewhere[rendering, default: []].append(other)
            }
        }
        result.forbidden += order
        return RegionalTerm(term: result, elsewhere: elsewhere)
    }

    private static func unique(_ strings: [String]) -> [String] {
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }
    }
}

extension Glossary {
    /// Whether any term gives renderings for a region of its own.
    public var hasRegionalRenderings: Bool { terms.contains { !$0.regional.isEmpty } }
}
