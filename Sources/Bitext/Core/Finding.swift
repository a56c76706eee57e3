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
    /// What the finding is about when the pair's text is not: the alignment check's
    /// sentence, not the region the aligner drew around it. The fingerprint hashes it
    /// instead of the sides' text, so a finding stays known when the aligner changes.
    /// Not part of the JSON contract.
    public var subject: String?

    enum CodingKeys: String, CodingKey {
        case check, severity, message, source, target, term, pair
    }

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

        /// The spans of ranges counted in Unicode scalars of `text`.
        public static func scalarRanges(_ ranges: [Range<Int>], in text: String) -> [Span] {
            let scalars = text.unicodeScalars
            return ranges.map { range in
                let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
                return Span(lower..<scalars.index(lower, offsetBy: range.count), in: text)
            }
        }

        /// Every occurrence of `part` in `text`, ignoring case as term matching does.
        public static func occurrences(of part: String, in text: String) -> [Span] {
            guard !part.isEmpty else { return [] }
            return asciiOccurrences(of: part, in: text) ?? searchedOccurrences(of: part, in: text)
        }

        /// `occurrences` by Foundation's case-insensitive search: the general path.
        static func searchedOccurrences(of part: String, in text: String) -> [Span] {
            var spans: [Span] = []
            var searchStart = text.startIndex
            while let range = text.range(of: part, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                spans.append(Span(range, in: text))
                searchStart = range.upperBound
            }
            return spans
        }

        /// `occurrences` of a part with no case beyond ASCII (English words, Chinese numbers),
        /// by comparing bytes with ASCII case folded: spans are computed for every finding,
        /// and Foundation's search folds whole Unicode clusters. A UTF-8 lead byte never
        /// equals a continuation byte, so a match starts on a scalar; one that would cut a
        /// character is skipped below.
        static func asciiOccurrences(of part: String, in text: String) -> [Span]? {
            func folded(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            guard part.unicodeScalars.allSatisfy({ $0.isASCII || !$0.properties.changesWhenCaseMapped }) else { return nil }
            let needle = part.utf8.map(folded)
            let utf8 = text.utf8
            let bytes = Array(utf8)
            var spans: [Span] = []
            var start = 0
            while start + needle.count <= bytes.count {
                guard (0..<needle.count).allSatisfy({ folded(bytes[start + $0]) == needle[$0] }) else {
                    start += 1
                    continue
                }
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                let upper = utf8.index(lower, offsetBy: needle.count)
                // Next to a non-ASCII scalar (a combining accent, a prepended mark) the match
                // may cut a character, which the general search does not match.
                let end = start + needle.count
                if start > 0 && bytes[start - 1] >= 0x80 && String.Index(lower, within: text) == nil
                    || end < bytes.count && (bytes[end] >= 0x80 || bytes[end - 1] == 0x0D) && String.Index(upper, within: text) == nil {
                    start += 1
                    continue
                }
                spans.append(Span(lower..<upper, in: text))
                start = end
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
        source: Side, target: Side, term: TermReference? = nil, pair: Int? = nil, subject: String? = nil
    ) {
        self.subject = subject
        self.check = check
        self.severity = severity
        self.message = message
        self.source = source
        self.target = target
        self.term = term
        self.pair = pair
    }
}
