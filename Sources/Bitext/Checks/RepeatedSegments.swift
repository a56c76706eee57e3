import Foundation

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

    /// The pairs of a document by 32-bit hashes of their normalised texts, with snapshots to
    /// read back the few that turn out to be repeated differently: 16 bytes of memory a pair,
    /// in fixed-size blocks, so a million pairs never need one large array grown by copying.
    /// Both consistency checks read the same tally, one by each side.
    struct Tally: DocumentTally {
        struct Record {
            var source: UInt32
            var target: UInt32
            /// The snapshot's location, shifted left by four; bits 2–3 hold the pair's
            /// `CheckExemptions.Kind.bits`, and the low bits say whether the source (1) and
            /// the target (2) are long enough to be compared.
            private var packed: UInt64

            init(
                source: UInt32, target: UInt32, location: PairSnapshotStore.Location, sourceCounts: Bool, targetCounts: Bool,
                exemptions: UInt8
            ) {
                self.source = source
                self.target = target
                packed = UInt64(location) << 4 | UInt64(exemptions & 3) << 2 | (sourceCounts ? 1 : 0) | (targetCounts ? 2 : 0)
            }

            var location: PairSnapshotStore.Location { Int(packed >> 4) }
            var exemptions: UInt8 { UInt8(packed >> 2 & 3) }
            func key(_ side: UnalignedSpan.Side) -> UInt32 { side == .source ? source : target }
            func other(_ side: UnalignedSpan.Side) -> UInt32 { side == .source ? target : source }
            func counts(_ side: UnalignedSpan.Side) -> Bool { packed & (side == .source ? 1 : 2) != 0 }

            func moved(by offset: Int) -> Record {
                var moved = self
                moved.packed += UInt64(offset) << 4
                return moved
            }
        }

        static let blockSize = 1 << 16
        private var blocks: [[Record]] = []
        private let store = PairSnapshotStore()

        static var recordsExemptions: Bool { true }

        init(
            _ chunk: AlignedBitext, skipping: Set<Int>, exemptPairs: CheckExemptions.ExemptPairs? = nil, lengths: LengthExpectation? = nil
        ) {
            let sourceMinimum = minimumWeight(chunk.sourceLanguage)
            let targetMinimum = minimumWeight(chunk.targetLanguage)
            for position in chunk.pairs.indices where !chunk.pairs[position].isUnaligned && !skipping.contains(chunk.pairs[position].index) {
                let pair = chunk.pairs[position]
                let weights = lengths?.weights[position]
                let sourceCounts = (weights?.source ?? LengthExpectation.weight(pair.sourceText)) >= sourceMinimum
                let targetCounts = (weights?.target ?? LengthExpectation.weight(pair.targetText)) >= targetMinimum
                guard sourceCounts || targetCounts else { continue }
                add(Record(
                    source: normalisedHash(pair.sourceText), target: normalisedHash(pair.targetText),
                    location: store.append(PairSnapshot(pair)), sourceCounts: sourceCounts, targetCounts: targetCounts,
                    exemptions: exemptPairs?.bits(of: pair.index) ?? 0))
            }
        }

        private mutating func add(_ record: Record) {
            if blocks.last.map({ $0.count == Self.blockSize }) ?? true {
                blocks.append([])
                blocks[blocks.count - 1].reserveCapacity(Self.blockSize)
            }
            blocks[blocks.count - 1].append(record)
        }

        var records: some Sequence<Record> { blocks.joined() }

        mutating func append(_ next: Tally) {
            let offset = store.append(contentsOf: next.store)
            for record in next.records { add(record.moved(by: offset)) }
        }

        /// Groups whose variants really differ, in the order their text first appears, among
        /// the pairs without the given exemptions. Hashes only propose candidates; the texts
        /// read back decide.
        func groups(by side: UnalignedSpan.Side, excluding exemptions: Set<CheckExemptions.Kind> = []) -> [Group] {
            let excluded = CheckExemptions.Kind.bits(exemptions)
            let sorted = records.filter { $0.counts(side) && $0.exemptions & excluded == 0 }.sorted {
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

    /// A hash of `normalised(text)` that is equal for canonically equivalent texts, as
    /// `String` equality is. 32 bits: a collision only costs a look at the texts
    /// (`Tally.verified`); two different texts of one group would have to collide as well
    /// for a difference to go unseen.
    static func normalisedHash(_ text: String) -> UInt32 {
        var hasher = Hasher()
        if let bytes = normalisedBytes(text) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        } else {
            let canonical = normalised(text).precomposedStringWithCanonicalMapping
            canonical.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                ?? Array(canonical.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        return UInt32(truncatingIfNeeded: hasher.finalize())
    }

    /// `normalised(text)` as UTF-8, computed in one pass over the bytes, for text made only
    /// of characters that stand alone (see `standsAlone`; the only ones with case are ASCII
    /// and Latin-1 capitals, lower-cased by adding 0x20) and that normalisation to NFC leaves
    /// as they are; nil for any other text, which takes the general path.
    static func normalisedBytes(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            func emit(_ byte: UInt8) {
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(byte)
            }
            func space() { pendingSpace = !output.isEmpty }
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0x20 || (0x09...0x0D).contains(lead) { space() }
                    else { emit((0x41...0x5A).contains(lead) ? lead + 0x20 : lead) }
                    index += 1
                } else if lead == 0xC2 || lead == 0xC3 {
                    guard index + 1 < bytes.count else { return nil }
                    let second = bytes[index + 1]
                    let scalar = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
                    guard scalar >= 0xA1 else { return nil }
                    emit(lead)
                    // À…Þ but ×: the lower case is 0x20 further.
                    emit(lead == 0xC3 && (0x80...0x9E).contains(second) && second != 0x97 ? second + 0x20 : second)
                    index += 2
                } else if lead >= 0xE0 && lead < 0xF0 {
                    guard index + 2 < bytes.count else { return nil }
                    let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    switch scalar {
                    case 0x3000:
                        space()
                    case 0xFF01...0xFF5E:
                        let ascii = UInt8(scalar - 0xFEE0)
                        emit((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)
                    case 0x2010...0x2027, 0x2030...0x205E, 0x3001...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF5F...0xFF9D:
                        emit(lead)
                        emit(bytes[index + 1])
                        emit(bytes[index + 2])
                    default:
                        return nil
                    }
                    index += 3
                } else {
                    return nil
                }
            }
            return output
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

    /// How far apart two texts are in words, punctuation and case aside: inserting or
    /// deleting a word costs 1 (a negation 3: it reverses the sentence), replacing it by a
    /// near spelling (`is`/`are`, a typo) 1, by another word 2, so swapping two words is
    /// never "near".
    static func wordDistance(_ first: String, _ second: String) -> Int {
        func weight(_ word: String) -> Int { negations.contains(word) ? 3 : 1 }
        func words(_ text: String) -> [String] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        let a = words(first)
        let b = words(second)
        var previous = [0]
        for other in b { previous.append(previous.last! + weight(other)) }
        for word in a {
            var current = [previous[0] + weight(word)]
            for (j, other) in b.enumerated() {
                let replace = word == other || isNumberInflection(word, other) ? 0 : negations.contains(word) || negations.contains(other) ? 3
                    : EditDistance.between(word, other) <= 2 ? 1 : 2
                current.append(min(previous[j + 1] + weight(word), current[j] + weight(other), previous[j] + replace))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// `button`/`buttons`, `is`/`are`: the same word in the singular and the plural, which
    /// Chinese does not mark, so one translation serves both.
    static func isNumberInflection(_ first: String, _ second: String) -> Bool {
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        if numberPairs.contains([short, long]) || numberPairs.contains([long, short]) { return true }
        return short.count >= 3 && (long == short + "s" || long == short + "es" || short.hasSuffix("y") && long == short.dropLast() + "ies")
    }

    private static let numberPairs: Set<[String]> = [["is", "are"], ["was", "were"], ["has", "have"], ["this", "these"], ["that", "those"], ["it", "they"], ["its", "their"]]

    /// Whether two Chinese texts differ only by a few particles, prepositions or commas
    /// (将可能/可能, 当使用/使用, 对/到, 被重用/重用): the same translation written twice, not
    /// two translations a reviewer must reconcile. Changed end punctuation, a changed word
    /// (密钥/键) or a negation still differ.
    static func differOnlyInChineseFunctionWords(_ first: String, _ second: String) -> Bool {
        func characters(_ text: String) -> [Character] {
            text.filter { !$0.isWhitespace && !ignoredPunctuation.contains($0) }.map { $0 }
        }
        let a = characters(first)
        let b = characters(second)
        guard a.contains(where: { $0.unicodeScalars.first?.isHan == true }), abs(a.count - b.count) <= maximumFunctionDifference * 2 else { return false }
        // Longest common subsequence; what lies outside it is the difference.
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var difference: [Character] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && lengths[i + 1][j] >= lengths[i][j + 1]) {
                difference.append(a[i])
                i += 1
            } else {
                difference.append(b[j])
                j += 1
            }
            if difference.count > maximumFunctionDifference * 2 { return false }
        }
        return difference.allSatisfy(chineseFunctionWords.contains)
            && difference.count <= maximumFunctionDifference * 2
    }

    /// Characters each text may add or drop: beyond this the wording really changed.
    static let maximumFunctionDifference = 2
    private static let ignoredPunctuation: Set<Character> = [",", "，", "、"]
    private static let chineseFunctionWords: Set<Character> = [
        "的", "地", "得", "了", "着", "将", "被", "来", "当", "在", "里", "中", "对", "到", "于", "就", "则", "也", "把", "给", "所", "之", "而", "并",
        "將", "來", "當", "裡", "裏", "對", "於", "則", "給", "並", "著",
    ]

    static let negations: Set<String> = ["not", "no", "never", "without", "cannot", "t", "nothing", "none", "neither", "nor"]

    static func describe(_ variants: [Variant]) -> String {
        variants.map { "“\($0.text)” ×\($0.lines.pairs) (\($0.lines.description))" }.joined(separator: "; ")
    }
}

/// The two consistency checks: one tally of repeated segments, read by one side or the other.
protocol RepeatedSegmentsCheck: DocumentCheck, ReadsLengthExpectation where Tally == RepeatedSegments.Tally {
    /// The side whose repeats are compared.
    static var repeatedSide: UnalignedSpan.Side { get }
    /// The start of a finding's message, before the variants are listed.
    static func message(variants count: Int) -> String
    /// Variants within this many words of one another are one text written two ways (an
    /// article, a typo): one translation is right for both.
    static var sameTextWithin: Int { get }
}

extension RepeatedSegmentsCheck {
    func tally(_ chunk: AlignedBitext, skipping: Set<Int>, context: CheckContext) -> RepeatedSegments.Tally {
        RepeatedSegments.Tally(chunk, skipping: skipping, exemptPairs: context.exemptPairs, lengths: context.lengthExpectation)
    }

    func findings(from tally: RepeatedSegments.Tally, in document: AlignedBitext, context: CheckContext) -> [Finding] {
        tally.groups(by: Self.repeatedSide, excluding: CheckExemptions.kinds(skippedBy: Self.description.id)).filter { group in
            group.variants.dropFirst().contains { variant in
                RepeatedSegments.wordDistance(group.variants[0].text, variant.text) > Self.sameTextWithin
                    && !RepeatedSegments.differOnlyInChineseFunctionWords(group.variants[0].text, variant.text)
            }
        }.map { group in
            let example = group.variants[0].first
            return finding(
                Self.message(variants: group.variants.count) + RepeatedSegments.describe(group.variants),
                example: example, in: document, context: context, pair: example.index)
        }
    }
}
