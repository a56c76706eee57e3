/// Where a Chinese text is meant to be read. Taiwan and the mainland use different words for
/// the same things (軟體 / 软件, 網路 / 网络) beyond their scripts; Hong Kong writes Traditional
/// characters with much of the mainland's technical vocabulary (人工智能, 軟件), so it is
/// checked for its script only.
public enum ChineseRegion: String, Sendable, CaseIterable {
    case mainland = "zh-CN"
    case taiwan = "zh-TW"
    case hongKong = "zh-HK"

    /// The region a BCP 47 or gettext locale names (`zh-TW`, `zh_TW`, `zh-Hant-HK`, `zh-Hans`).
    /// `zh-Hant` alone is taken as Taiwan, whose conventions Traditional software locales
    /// follow; `zh` alone names no region.
    public init?(tag: String?) {
        guard let tag else { return nil }
        let subtags = tag.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
        guard subtags.first == "zh" else { return nil }
        let rest = Set(subtags.dropFirst())
        if !rest.isDisjoint(with: ["hk", "mo"]) {
            self = .hongKong
        } else if rest.contains("tw") || rest.contains("hant") {
            self = .taiwan
        } else if !rest.isDisjoint(with: ["cn", "sg", "hans"]) {
            self = .mainland
        } else {
            return nil
        }
    }

    /// The region a file path names, as localisation projects lay files out
    /// (`zh-tw/about/index.md`, `messages.zh-TW.xlf`, `po/zh_TW.po`, `gnome-clocks-zh_TW.po`).
    public init?(path: String) {
        for component in path.split(separator: "/").reversed() {
            for piece in component.split(separator: ".") {
                let name = piece.lowercased().replacingOccurrences(of: "_", with: "-")
                guard let start = name.range(of: "zh-") else { continue }
                // `zh-TW` standing alone or after a separator (`clocks-zh-TW`), not inside a word.
                guard start.lowerBound == name.startIndex || name[name.index(before: start.lowerBound)] == "-" else { continue }
                if let region = ChineseRegion(tag: String(name[start.lowerBound...])) {
                    self = region
                    return
                }
            }
        }
        return nil
    }

    /// The region of a bitext's Chinese target: as the file declares it (XLIFF
    /// `target-language`, PO `Language`, TMX `xml:lang`), else as its path names it.
    static func ofTarget(_ bitext: AlignedBitext) -> ChineseRegion? {
        guard bitext.targetLanguage == .chinese else { return nil }
        if let declared = ChineseRegion(tag: bitext.fileInfo?.targetLanguageTag) { return declared }
        if let unit = bitext.pairs.first(where: { $0.unit?.targetLanguageTag != nil })?.unit,
           let declared = ChineseRegion(tag: unit.targetLanguageTag) {
            return declared
        }
        return ChineseRegion(path: bitext.targetPath)
    }
}
