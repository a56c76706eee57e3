/// Repeated segments whose other side differs, for the two consistency checks.
/// Short segments ("Yeah.", "Right?") are left out: in speech they are translated
/// differently on purpose, depending on what they answer.
enum RepeatedSegments {
    /// One repeated text and the different texts it is paired with.
    struct Group {
        var key: String
        /// The other side's distinct texts, most used first.
        var variants: [Variant]
    }

    struct Variant {
        var text: String
        /// The variant's first pair.
        var first: PairSnapshot
        /// Lines of the other side, where the variants differ.
        var lines: LineSample
    }

    /// Letters in English, characters in Chinese (a Han character carries about three letters).
    static func minimumWeight(_ language: Language) -> Int {
        language == .english ? 20 : 8
    }

    /// The pairs of a document by the hashes of their normalised texts, with snapshots to
    /// read back the few that turn out to be repeated differently: 32 bytes of memory a
    /// pair. Both consistency checks read the same tally, one by each side.
    struct Tally: DocumentTally {
        struct Record {
            var source: Int
            var target: Int
            var location: PairSnapshotStore.Location
            /// Whether the side is long enough to be compared.
            var sourceCounts: Bool
            var targetCounts: Bool

            func key(_ side: UnalignedSpan.Side) -> Int { side == .source ? source : target }
            func other(_ side: UnalignedSpan.Side) -> Int { side == .source ? target : source }
            func counts(_ side: UnalignedSpan.Side) -> Bool { side == .source ? sourceCounts : targetCounts }
        }

        private(set) var records: [Record] = []
        private let store = PairSnapshotStore()

        init(_ chunk: Bitext, skipping: Set<Int>) {
            let sourceMinimum = minimumWeight(chunk.sourceLanguage)
            let targetMinimum = minimumWeight(chunk.targetLanguage)
            for pair in chunk.pairs where !pair.isUnaligned && !skipping.contains(pair.index) {
                let sourceCounts = LengthExpectation.weight(pair.sourceText) >= sourceMinimum
                let targetCounts = LengthExpectation.weight(pair.targetText) >= targetMinimum
                guard sourceCounts || targetCounts else { continue }
                records.append(Record(
                    source: normalised(pair.sourceText).hashValue, target: normalised(pair.targetText).hashValue,
                    location: store.append(PairSnapshot(pair)), sourceCounts: sourceCounts, targetCounts: targetCounts))
            }
        }

        mutating func append(_ next: Tally) {
            let offset = store.append(contentsOf: next.store)
            records.reserveCapacity(records.count + next.records.count)
            for var record in next.records {
                record.location += offset
                records.append(record)
            }
        }

        /// Groups whose variants really differ, in the order their text first appears. Hashes
        /// only propose candidates; the texts read back decide.
        func groups(by side: UnalignedSpan.Side) -> [Group] {
            let sorted = records.filter { $0.counts(side) }.sorted {
                ($0.key(side), $0.other(side), $0.location) < ($1.key(side), $1.other(side), $1.location)
            }
            var groups: [(first: Int, group: Group)] = []
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count, sorted[end].key(side) == sorted[start].key(side) { end += 1 }
                if sorted[end - 1].other(side) != sorted[start].other(side) {
                    groups += verified(sorted[start..<end].map(\.location).sorted(), by: side)
                }
                start = end
            }
            return groups.sorted { $0.first < $1.first }.map(\.group)
        }

        /// The groups among pairs whose keys hash alike, by their actual normalised texts.
        private func verified(_ locations: [PairSnapshotStore.Location], by side: UnalignedSpan.Side) -> [(first: Int, group: Group)] {
            var keyOrder: [String] = []
            var firstLocation: [String: Int] = [:]
            var variantsByKey: [String: [(text: String, variant: Variant)]] = [:]
            for location in locations {
                let pair = store.snapshot(at: location)
                let (text, otherText) = side == .source ? (pair.sourceText, pair.targetText) : (pair.targetText, pair.sourceText)
                let key = normalised(text)
                let other = normalised(otherText)
                let line = side == .source ? pair.targetLine : pair.sourceLine
                if firstLocation[key] == nil {
                    keyOrder.append(key)
                    firstLocation[key] = location
                }
                if let index = variantsByKey[key]?.firstIndex(where: { $0.text == other }) {
                    variantsByKey[key]![index].variant.lines.add(line: line)
                } else {
                    var lines = LineSample()
                    lines.add(line: line)
                    variantsByKey[key, default: []].append((other, Variant(text: other, first: pair, lines: lines)))
                }
            }
            return keyOrder.compactMap { key in
                let variants = variantsByKey[key]!.map(\.variant)
                guard variants.count > 1 else { return nil }
                let ordered = variants.enumerated().sorted { lhs, rhs in
                    lhs.element.lines.pairs != rhs.element.lines.pairs
                        ? lhs.element.lines.pairs > rhs.element.lines.pairs : lhs.offset < rhs.offset
                }.map(\.element)
                return (firstLocation[key]!, Group(key: key, variants: ordered))
            }
        }
    }

    /// Case, width and spacing differences do not make two segments different.
    static func normalised(_ text: String) -> String {
        let lowercased = TextWidth.halfWidth(text).lowercased()
        if let collapsed = collapsingASCIISpaces(lowercased) { return collapsed }
        return lowercased.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whitespace runs collapsed to one space and the ends trimmed, on UTF-8 bytes, for text
    /// where that is what splitting on whitespace Characters gives: every scalar stands as a
    /// Character of its own (ASCII, Latin-1 letters, general punctuation, CJK punctuation and
    /// ideographs, half-width forms; none extends or joins a neighbour) and the only
    /// whitespace is ASCII. Nil for any other text.
    private static func collapsingASCIISpaces(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy(standsAlone) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xA1...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3001...0x3029, 0x3030...0x303F,
             0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }

    static func describe(_ variants: [Variant]) -> String {
        variants.map { "“\($0.text)” ×\($0.lines.pairs) (\($0.lines.description))" }.joined(separator: "; ")
    }
}
