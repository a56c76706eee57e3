import Foundation

/// What the XML writers share: findings sorted to their pairs, stable identifiers, and
/// the text forms of dates, scores and findings.
struct ExportFindings {
    /// Findings about one pair, by pair index, in the order they were given.
    let byPair: [Int: [Finding]]
    /// Findings about no pair in particular (whole-document findings).
    let unpaired: [Finding]

    init(_ findings: [Finding], pairCount: Int) {
        var byPair: [Int: [Finding]] = [:]
        var unpaired: [Finding] = []
        for finding in findings {
            if let pair = finding.pair, pair >= 0, pair < pairCount {
                byPair[pair, default: []].append(finding)
            } else {
                unpaired.append(finding)
            }
        }
        self.byPair = byPair
        self.unpaired = unpaired
    }

    func of(_ pair: AlignedPair) -> [Finding] { byPair[pair.index] ?? [] }
}

enum ExportText {
    /// Translation units are numbered by pair, from 1, in every format, so `tuid="12"`,
    /// `<unit id="u12">` and `<trans-unit id="12">` all mean pair index 11 of findings.json.
    static func pairNumber(_ pair: AlignedPair) -> Int { pair.index + 1 }

    /// `"preserve"` when any of the texts has whitespace an XML tool may collapse under
    /// `xml:space="default"` (runs of spaces, tabs, line breaks, leading or trailing space),
    /// so that a CAT tool reading the file gets exactly the text bitext checked.
    static func xmlSpace(_ texts: String...) -> String? {
        xmlSpace(texts)
    }

    static func xmlSpace(_ texts: [String]) -> String? {
        // One pass over the UTF-8 bytes: the writers call this on every segment.
        let collapsible = texts.contains { text in
            var previous: UInt8 = 0x20
            var last: UInt8 = 0
            for byte in text.utf8 {
                if byte == 0x0A || byte == 0x09 || byte == 0x0D || (byte == 0x20 && previous == 0x20) { return true }
                previous = byte
                last = byte
            }
            if last == 0x20 { return true }
            // A Character is whitespace when its first scalar is.
            if text.unicodeScalars.first?.properties.isWhitespace == true { return true }
            // A last ASCII byte that is not a space: the last Character starts with a
            // non-whitespace scalar (that byte, or a prepended letter before it) unless the
            // byte is a control whitespace (VT, FF), which always stands alone.
            if last < 0x80 { return last == 0x0B || last == 0x0C }
            return text.last?.isWhitespace == true
        }
        return collapsible ? "preserve" : nil
    }

    /// `severity: [check] message`, the same shape as the text report.
    static func note(_ finding: Finding) -> String {
        "\(finding.severity.rawValue): [\(finding.check)] \(finding.message)"
    }

    /// A note for a finding that has no translation unit to sit in: says where it points.
    static func locatedNote(_ finding: Finding) -> String {
        var places: [String] = []
        if let pair = finding.pair { places.append("pair \(pair + 1)") }
        if let line = finding.source.line { places.append("source line \(line)") }
        if let line = finding.target.line { places.append("target line \(line)") }
        let place = places.isEmpty ? "" : places.joined(separator: ", ") + ": "
        return place + note(finding)
    }

    /// Alignment confidence with three decimals, independent of locale.
    static func score(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// TMX dates: `YYYYMMDDThhmmssZ`, always UTC.
    static func tmxDate(_ date: Date) -> String {
        formatted(date, "yyyyMMdd'T'HHmmss'Z'")
    }

    /// `xsd:dateTime` in UTC, as XLIFF 1.2 `date` wants.
    static func xsdDateTime(_ date: Date) -> String {
        formatted(date, "yyyy-MM-dd'T'HH:mm:ss'Z'")
    }

    private static func formatted(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}

extension AlignedPair {
    /// Whether this pair is the segment that follows `previous` in the same unit: writers
    /// that put a unit's segments back together collect pairs while this holds.
    func continuesUnit(of previous: AlignedPair) -> Bool {
        guard let before = previous.unit?.segment, let after = unit?.segment else { return false }
        return after.position == before.position + 1 && after.count == before.count && unit?.id == previous.unit?.id
    }
}

/// The unit ids written into one file so far. A reader refuses a file whose unit ids
/// repeat, which an input of several files, or a TMX with repeated `tuid`s, would give:
/// an id already taken is replaced by a fresh one, and the writer keeps the original where
/// its format has a place for it.
struct UniqueUnitIDs {
    private var taken: Set<String> = []

    /// `preferred` when it is free; else `fallback`, or `fallback-2`, `-3`… the first free.
    mutating func claim(_ preferred: String?, fallback: String) -> String {
        if let preferred, taken.insert(preferred).inserted { return preferred }
        var candidate = fallback
        var suffix = 1
        while !taken.insert(candidate).inserted {
            suffix += 1
            candidate = "\(fallback)-\(suffix)"
        }
        return candidate
    }

    /// A new file: its ids are a scope of their own.
    mutating func startFile() {
        taken.removeAll()
    }
}

enum LanguageTag {
    /// A tag as BCP 47 spells it, for formats that require it (XLIFF's `srcLang`,
    /// `xml:lang`, `source-language`): `zh_CN` as `zh-CN`; nil for what no spelling makes
    /// a language tag (TMX's `*all*`).
    static func bcp47(_ tag: String) -> String? {
        let spelled = tag.replacingOccurrences(of: "_", with: "-")
        return XLIFF2Constraints.isWellFormedLanguageTag(spelled) ? spelled : nil
    }
}
