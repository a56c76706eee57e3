/// Names in an English source that the translation neither keeps nor renders: a country, a
/// company or an organisation left out of a sentence, or replaced by another ("the World
/// Bank" → 美国). Only names CC-CEDICT gives a Chinese form for are read
/// (`CedictNameIndex`), so that the check knows what a rendering looks like; a name is
/// rendered when the target keeps it in Latin letters (or its initials), or has one of its
/// forms, another form's (美 for American, 中国 for Chinese), the first two characters of a
/// longer one (阿里 of 阿里巴巴 in 阿里云), an abbreviation (中共 in 中国共产党), the same
/// sounds in other characters (傅利葉 for 傅立葉) or, for a Chinese name, its pinyin (清扬).
struct NameCounterparts: Sendable {
    private let index: CedictNameIndex
    private let dictionaryWords: Set<String>
    /// The first four letters of every name's first word → those names, to find other forms.
    private let namesByPrefix: [Substring: [String]]
    /// The initials of every name of two words or more → those names: an acronym's forms
    /// include the full name's (CCP: 中国共产党 of "Chinese Communist Party").
    private let namesByInitials: [String: [String]]

    init(index: CedictNameIndex = .bundled, dictionaryWords: Set<String> = DictionaryEnglishWords.bundled) {
        self.index = index
        self.dictionaryWords = dictionaryWords
        namesByPrefix = Dictionary(grouping: index.forms.keys) { $0.lowercased().prefix(4) }
        namesByInitials = Dictionary(grouping: index.forms.keys.filter { $0.contains(" " as Character) }, by: Self.initials(of:))
    }

    private static func initials(of name: String) -> String {
        String(name.split(separator: " ").filter { $0.first!.isUppercase }.map(\.first!))
    }

    /// The names of `source`, longest first where names overlap, leaving out `ignored`
    /// (lower-cased: the glossary's terms, which its own checks follow).
    func names(in source: String, ignoring ignored: Set<String> = []) -> [Range<String.Index>] {
        let code = QualifierCounterparts.codeSpans(in: source)
        let words = QualifierCounterparts.words(in: source).filter { word in
            !code.contains { $0.contains(word.lowerBound) } && !QualifierCounterparts.isCodeLike(word, in: source)
        }
        var found: [Range<String.Index>] = []
        for run in capitalisedRuns(of: words, in: source) {
            var matches: [Range<Int>] = []
            var start = run.lowerBound
            while start < run.upperBound {
                let end = stride(from: min(run.upperBound, start + index.longestName), to: start, by: -1).first { end in
                    let phrase = Self.name(of: words[start].lowerBound..<words[end - 1].upperBound, in: source)
                    // A one-word name that is also a common word ("Marks") may be the word.
                    return isKnown(phrase) && !(end - start == 1 && index.forms[phrase] == nil && dictionaryWords.contains(phrase.lowercased()))
                }
                if let end { matches.append(start..<end) }
                start = end ?? start + 1
            }
            // A name inside a longer one the dictionary does not know names something else:
            // "Security Council" in "National Security Council", Chen in "Chen Qingyang".
            let unmatched = run.filter { position in
                !matches.contains { $0.contains(position) } && !Self.linkWords.contains(String(source[words[position]]))
            }
            guard unmatched.isEmpty, !namesAChinesePerson(run, of: words, in: source) else { continue }
            for match in matches {
                // One syllable (Wang, Chen, "the Shans") is a surname or an abbreviation: many
                // people and places share it, and a translation names them otherwise.
                let single = Self.name(of: words[match.lowerBound], in: source)
                if match.count == 1, index.pinyinSyllableCount(of: single) == 1
                    || (single.hasSuffix("s") && index.pinyinSyllableCount(of: String(single.dropLast())) == 1) { continue }
                let range = words[match.lowerBound].lowerBound..<words[match.upperBound - 1].upperBound
                if !ignored.contains(Self.name(of: range, in: source).lowercased()) { found.append(range) }
            }
        }
        return found
    }

    /// A name's Chinese forms as scalars: all of them, and its own (`soundsLike` reads
    /// only those; a name such as "Chinese" has hundreds of others, of China Mobile, …).
    struct Forms: Sendable {
        var all: [[Unicode.Scalar]]
        var own: [[Unicode.Scalar]]
    }

    func forms(of name: String) -> Forms {
        Forms(all: chineseForms(of: name).map { Array($0.unicodeScalars) }, own: (index.forms[name] ?? []).map { Array($0.unicodeScalars) })
    }

    /// Whether the translation keeps the name at `range` of `source` in Latin letters
    /// (`written`: the target as written, code included) or renders it (`target`); `known`:
    /// the name's forms when the caller keeps them.
    func isRendered(_ range: Range<String.Index>, of source: String, in target: String, written: String, forms known: Forms? = nil) -> Bool {
        let name = Self.name(of: range, in: source)
        if written.lowercased().contains(name.lowercased()) { return true }
        let nameWords = name.split(separator: " ")
        let writtenWords = QualifierCounterparts.words(in: written).map { written[$0] }
        if nameWords.count == 1 {
            // PEPs kept as PEP.
            let singular = name.count > 2 && name.hasSuffix("s") && name.dropLast().allSatisfy(\.isUppercase) ? String(name.dropLast()) : name
            if writtenWords.contains(where: { $0 == singular || Self.isForm($0.lowercased(), of: name.lowercased()) }) { return true }
        } else {
            let initials = Self.initials(of: name)
            if writtenWords.contains(where: { $0 == initials }) { return true }
        }
        if nameWords.allSatisfy({ spellsPinyin(String($0), in: target) }) { return true }
        let forms = known ?? self.forms(of: name)
        guard !forms.all.isEmpty else { return false }
        // The target is read once, and a form whose first character it lacks is passed over.
        let scalars = Array(target.unicodeScalars)
        let present = Set(scalars)
        for form in forms.all where !form.isEmpty && present.contains(form[0]) {
            if form.count == 1 || Self.contains(form[...], in: scalars) || Self.containsAbbreviation(form, in: scalars) { return true }
            // 全美 for "all of the United States", 欧亚 for Europe and Asia: a country's or
            // continent's first character stands for it; 阿里云 for Alibaba Cloud.
            if form.count == 2, "国國洲".unicodeScalars.contains(form[1]) { return true }
            if form.count >= 3, Self.contains(form[..<2], in: scalars) { return true }
        }
        let readings = scalars.map { index.readings[$0] }
        return forms.own.contains { soundsLike($0, in: readings) }
    }

    private static func contains(_ pattern: ArraySlice<Unicode.Scalar>, in text: [Unicode.Scalar]) -> Bool {
        guard !pattern.isEmpty, text.count >= pattern.count else { return false }
        return (0...(text.count - pattern.count)).contains { start in text[start..<(start + pattern.count)].elementsEqual(pattern) }
    }

    /// A surname of one syllable followed by a given name in pinyin ("Chen Qingyang", "Wang
    /// Xi-feng") that the dictionary does not list whole: a person, whose given name may also be
    /// a place's (Qingyang, a city in Gansu).
    private func namesAChinesePerson(_ run: Range<Int>, of words: [Range<String.Index>], in text: String) -> Bool {
        for position in run.dropLast() where index.pinyinSyllableCount(of: String(text[words[position]])) == 1 {
            let given = text[words[position + 1]].split(separator: "-").joined()
            let whole = String(text[words[position].lowerBound..<words[position + 1].upperBound])
            if index.pinyinSyllableCount(of: given) != nil, index.forms[whole] == nil { return true }
        }
        return false
    }

    /// A name of the dictionary, or another form of a one-word one (Japanese).
    private func isKnown(_ name: String) -> Bool {
        if index.forms[name] != nil { return true }
        if CedictNameIndex.isExcluded(name) { return false }
        guard !name.contains(" " as Character), name.count >= 4 else { return false }
        return (namesByPrefix[name.lowercased().prefix(4)] ?? []).contains { !$0.contains(" " as Character) && Self.isForm($0.lowercased(), of: name.lowercased()) }
    }

    /// Whether characters of the target, one after another, read as the romanised `word`
    /// (Qingyang: 清扬, Wang: 汪; hyphens and apostrophes aside, "Xi-feng", "Chang'e"): a
    /// Chinese name the dictionary gives no form for, or another place's (庆阳 for Qingyang).
    func spellsPinyin(_ word: String, in target: String) -> Bool {
        let letters = Array(word.lowercased().filter { $0.isLetter && $0.isASCII }.utf8)
        guard letters.count >= 2 else { return false }
        let scalars = Array(target.unicodeScalars)
        func matches(from position: Int, at offset: Int) -> Bool {
            if offset == letters.count { return true }
            guard position < scalars.count, let readings = index.readings[scalars[position]] else { return false }
            for reading in readings {
                let bytes = Array(reading.utf8)
                if offset + bytes.count <= letters.count, Array(letters[offset..<(offset + bytes.count)]) == bytes,
                   matches(from: position + 1, at: offset + bytes.count) { return true }
            }
            return false
        }
        return scalars.indices.contains { index.readings[scalars[$0]] != nil && matches(from: $0, at: 0) }
    }

    /// Whether the target writes `form` with other characters of the same sounds, as
    /// transliterations vary (傅利葉 for 傅立葉, Fourier): three characters or more.
    private func soundsLike(_ form: [Unicode.Scalar], in text: [Set<String>?]) -> Bool {
        guard form.count >= 3, text.count >= form.count else { return false }
        let wanted = form.map { index.readings[$0] ?? [] }
        guard !wanted.contains(where: \.isEmpty) else { return false }
        return (0...(text.count - form.count)).contains { start in
            wanted.indices.allSatisfy { offset in
                guard let readings = text[start + offset] else { return false }
                return !readings.isDisjoint(with: wanted[offset])
            }
        }
    }

    /// A short form's characters in order, a few characters apart at most: the full name
    /// holds its abbreviation (中共 in 中国共产党 for "CCP").
    private static func containsAbbreviation(_ form: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
        guard (2...3).contains(form.count) else { return false }
        for start in text.indices where text[start] == form[0] {
            var next = 1
            for scalar in text[(start + 1)..<min(text.count, start + 2 * form.count + 1)] where next < form.count && scalar == form[next] {
                next += 1
            }
            if next == form.count { return true }
        }
        return false
    }

    /// The Chinese forms of a name and, for a one-word name, of its other forms and of the
    /// names it begins (Soviet: 苏联 of "Soviet Union").
    func chineseForms(of name: String) -> Set<String> {
        var forms = index.forms[name] ?? []
        if name.count >= 2, name.allSatisfy(\.isUppercase) {
            for full in namesByInitials[name] ?? [] { forms.formUnion(index.forms[full] ?? []) }
        }
        guard !name.contains(" " as Character), name.count >= 4 else { return forms }
        for other in namesByPrefix[name.lowercased().prefix(4)] ?? [] {
            let first = other.prefix { $0 != " " }.lowercased()
            if Self.isForm(first, of: name.lowercased()) { forms.formUnion(index.forms[other] ?? []) }
        }
        return forms
    }

    /// Whether the target has what looks like a name written by its sounds and the
    /// dictionary does not know (阿比林 for Abilene, 乔伊斯 for Joyce): three characters or
    /// more of those transliterations use that are not all names of the dictionary (巴西 put
    /// in a name's place is no rendering of it), outside the forms in `explained` (the pair's
    /// names already found). A name missing from the dictionary's forms may be that one.
    func hasTransliteration(in target: String, explained: Set<String>) -> Bool {
        var text = target
        for form in explained.sorted(by: { $0.count > $1.count }) { text = text.replacingOccurrences(of: form, with: "　") }
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count {
            guard Self.transliterationCharacters.contains(scalars[start]) else { start += 1; continue }
            var end = start
            while end < scalars.count, Self.transliterationCharacters.contains(scalars[end]) { end += 1 }
            if end - start >= 3, !isKnownNames(scalars[start..<end]) { return true }
            start = end
        }
        return false
    }

    /// Whether names of the dictionary cover every character of the run (特朗普 for Trump).
    private func isKnownNames(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        var covered = Array(repeating: false, count: run.count)
        for first in run.indices where first + 2 <= run.endIndex {
            for end in (first + 2)...min(run.endIndex, first + 8) {
                var candidate = String.UnicodeScalarView()
                candidate.append(contentsOf: run[first..<end])
                if index.chineseNames.contains(String(candidate)) {
                    for position in first..<end { covered[position - run.startIndex] = true }
                }
            }
        }
        return !covered.contains(false)
    }

    /// The characters of the standard transliteration tables for foreign names (both scripts).
    private static let transliterationCharacters = Set(
        ("阿埃艾爱愛安奥奧巴拜班邦鲍鮑贝貝本比彼宾賓波伯勃博布查达達戴丹道德迪蒂丁杜顿頓多厄恩尔爾法范菲费費芬丰豐弗伏福富盖蓋冈岡"
            + "戈格贡貢古圭哈海汉漢豪赫亨洪胡霍基吉加贾賈杰傑金卡凯凱坎康柯科克肯库庫奎昆拉莱萊赖賴兰蘭朗劳勞勒雷蕾里利莉丽麗"
            + "林琳隆卢盧鲁魯路伦倫罗羅洛马馬玛瑪迈邁麦麥曼梅门門蒙米密敏莫姆穆纳納娜奈南内內尼涅宁寧纽紐努诺諾欧歐帕潘佩彭皮珀"
            + "普齐齊奇恰乔喬切琼瓊丘萨薩塞桑森瑟沙莎尚舍施史什舒斯松苏蘇索塔泰坦汤湯唐特提汀图圖托瓦威韦韋维維温溫沃乌烏伍西"
            + "希席夏谢謝辛休雅亚亞扬揚耶伊因英尤约約泽澤扎詹兹茲佐").unicodeScalars)

    /// Runs of capitalised words (index ranges into `words`), "of", "the", "for" allowed between
    /// two of them, one space apart. A sentence's first word is left out when it is no name
    /// and the dictionary knows it in lower case ("So", "The"): the capital is the sentence's.
    private func capitalisedRuns(of words: [Range<String.Index>], in text: String) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var position = 0
        while position < words.count {
            guard text[words[position]].first!.isUppercase else { position += 1; continue }
            var start = position
            var end = position + 1
            while end < words.count, text[words[end - 1].upperBound..<words[end].lowerBound] == " " {
                if text[words[end]].first!.isUppercase {
                    end += 1
                } else if Self.linkWords.contains(String(text[words[end]])), end + 1 < words.count,
                          text[words[end].upperBound..<words[end + 1].lowerBound] == " ", text[words[end + 1]].first!.isUppercase {
                    end += 2
                } else {
                    break
                }
            }
            let first = String(text[words[start]])
            if opensSentence(words[start], in: text), index.forms[first] == nil, dictionaryWords.contains(first.lowercased()) { start += 1 }
            if start < end { runs.append(start..<end) }
            position = end
        }
        return runs
    }

    private static let linkWords: Set<String> = ["of", "the", "for", "de", "on"]

    /// The name written at `range`, a possessive 's left out.
    static func name(of range: Range<String.Index>, in text: String) -> String {
        let written = text[range]
        return String(written.hasSuffix("'s") || written.hasSuffix("’s") ? written.dropLast(2) : written)
    }

    /// A word at the start of its sentence, heading or list item is capitalised whatever it is.
    private func opensSentence(_ word: Range<String.Index>, in text: String) -> Bool {
        guard let before = text[..<word.lowerBound].last(where: { !$0.isWhitespace && !"\"'“‘(*_#>-".contains($0) }) else { return true }
        return ".!?:;".contains(before)
    }

    /// Another form of the same name (lower-cased): the longer one adds an ending to the
    /// shorter, whose last letter may go (Japanese and Japan, Chinese and China, Americans
    /// and America, German and Germany, Israeli and Israel); four letters shared at least.
    static func isForm(_ word: String, of name: String) -> Bool {
        if word == name { return true }
        let (shorter, longer) = word.count < name.count ? (word, name) : (name, word)
        guard shorter.count >= 4 else { return false }
        for stem in [Substring(shorter), shorter.dropLast()] where longer.hasPrefix(stem) {
            if formEndings.contains(String(longer.dropFirst(stem.count))) { return true }
        }
        return false
    }

    private static let formEndings: Set<String> = ["s", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "e", "es", "y"]
}
