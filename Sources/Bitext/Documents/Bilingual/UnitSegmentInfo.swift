/// One segment of a unit that holds several (an XLIFF 2 `<unit>` with more than one
/// `<segment>`, or with `<ignorable>`s): what writers need to put the unit back together
/// around the pairs that its segments became.
public struct UnitSegmentInfo: Sendable, Hashable {
    /// The segment's place among the unit's segments, from 0, and how many there are.
    public var position: Int
    public var count: Int
    /// The `<segment>`'s `id`, when it has one.
    public var id: String?
    /// The `<segment>`'s other attributes (`subState`, `canResegment`…); `state` is the
    /// unit info's `state`.
    public var attributes: [String: String]
    /// Attributes of the `<target>` besides `xml:space` and `xml:lang` (XLIFF 2 `order`).
    public var targetAttributes: [String: String]
    /// The `<ignorable>`s between the previous segment (or the unit's start) and this one.
    public var ignorablesBefore: [IgnorableText]
    /// The `<ignorable>`s after the unit's last segment; empty for the others.
    public var ignorablesAfter: [IgnorableText]

    public init(
        position: Int, count: Int, id: String? = nil, attributes: [String: String] = [:],
        targetAttributes: [String: String] = [:], ignorablesBefore: [IgnorableText] = [], ignorablesAfter: [IgnorableText] = []
    ) {
        self.position = position
        self.count = count
        self.id = id
        self.attributes = attributes
        self.targetAttributes = targetAttributes
        self.ignorablesBefore = ignorablesBefore
        self.ignorablesAfter = ignorablesAfter
    }

    public var isFirst: Bool { position == 0 }
    public var isLast: Bool { position == count - 1 }
    /// More than a lone segment: other formats need to be told how to rebuild the unit.
    public var isStructured: Bool { count > 1 || !ignorablesBefore.isEmpty || !ignorablesAfter.isEmpty }
}

/// The text of an XLIFF 2 `<ignorable>`: part of the unit's content (spaces, markup between
/// sentences) that is neither translated nor checked, but belongs to the document.
public struct IgnorableText: Sendable, Hashable {
    public var id: String?
    /// Text with `InlineCode.marker`s for its codes, as segment text has.
    public var source: String
    public var sourceCodes: [InlineCode]
    /// Nil when the ignorable has no `<target>`.
    public var target: String?
    public var targetCodes: [InlineCode]

    public init(id: String? = nil, source: String, sourceCodes: [InlineCode] = [], target: String? = nil, targetCodes: [InlineCode] = []) {
        self.id = id
        self.source = source
        self.sourceCodes = sourceCodes
        self.target = target
        self.targetCodes = targetCodes
    }

    public var hasCodes: Bool {
        sourceCodes.contains { $0.role != .character } || targetCodes.contains { $0.role != .character }
    }
}
