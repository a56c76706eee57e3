/// One problem found in the translation. This is the JSON contract of `findings.json`:
/// later versions may add keys but never rename or remove these.
public struct Finding: Sendable, Codable, Hashable {
    /// Stable id of the check that produced it, e.g. `forbidden-term`.
    public var check: String
    public var severity: Severity
    public var message: String
    public var source: Side
    public var target: Side
    /// Present for glossary findings.
    public var term: TermReference?
    /// Index of the aligned pair in the bitext, when the finding is about one pair.
    public var pair: Int?

    /// One side of the pair a finding is about. `line` is absent when the side has no text.
    public struct Side: Sendable, Codable, Hashable {
        public var text: String
        public var line: Int?
        /// The input file this side comes from, when known.
        public var file: String?
        /// Where in `text` the problem is (a wrong rendering, a number, a doubled word), when
        /// the check knows; absent when the finding is about the side as a whole.
        public var spans: [Span]?

        public init(text: String, line: Int?, file: String? = nil, spans: [Span]? = nil) {
            self.text = text
            self.line = text.isEmpty ? nil : line
            self.file = file
            self.spans = spans
        }

        public static let empty = Side(text: "", line: nil)
    }

    /// A stretch of a side's `text` in UTF-16 code units, the unit JavaScript and SARIF
    /// count in; `end` is exclusive.
    public struct Span: Sendable, Codable, Hashable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        /// The span of `range` in `text`.
        public init(_ range: Range<String.Index>, in text: String) {
            start = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
            end = start + text.utf16.distance(from: range.lowerBound, to: range.upperBound)
        }

        /// Every occurrence of `part` in `text`, ignoring case as term matching does.
        public static func occurrences(of part: String, in text: String) -> [Span] {
            guard !part.isEmpty else { return [] }
            var spans: [Span] = []
            var searchStart = text.startIndex
            while let range = text.range(of: part, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                spans.append(Span(range, in: text))
                searchStart = range.upperBound
            }
            return spans
        }
    }

    public struct TermReference: Sendable, Codable, Hashable {
        /// The term's name: the first source variant in the glossary.
        public var source: String
        /// The offending target string, when there is one.
        public var found: String?

        public init(source: String, found: String? = nil) {
            self.source = source
            self.found = found
        }
    }

    public init(
        check: String, severity: Severity, message: String,
        source: Side, target: Side, term: TermReference? = nil, pair: Int? = nil
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.source = source
        self.target = target
        self.term = term
        self.pair = pair
    }
}
