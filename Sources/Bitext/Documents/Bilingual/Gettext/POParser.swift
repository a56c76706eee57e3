import Foundation

/// Reads the entries of a gettext PO file. Strict where a guess could attach text to the
/// wrong string (an unterminated string, a `msgstr` without `msgid`, plural forms out of
/// order are errors naming the file and line), lenient about layout (blank lines, CRLF,
/// strings split over any number of lines).
struct POParser {
    let path: String

    /// The keyword a string belongs to, as the state machine reads it.
    private enum Keyword: Equatable {
        case context, id, pluralID, translation(Int?)
        case previousContext, previousID, previousPluralID

        var isPrevious: Bool {
            switch self {
            case .previousContext, .previousID, .previousPluralID: true
            default: false
            }
        }
    }

    func entries(in text: String) throws -> [POEntry] {
        var entries: [POEntry] = []
        var entry = POEntry()
        /// The keyword whose string the next continuation line extends.
        var open: Keyword?
        var started = false
        var hasStrings = false
        var lineNumber = 0

        func finish() throws {
            defer {
                entry = POEntry()
                open = nil
                started = false
                hasStrings = false
            }
            guard started else { return }
            guard hasStrings else {
                // Comments with no entry after them (the end of a file) belong to nothing.
                return
            }
            guard !entry.lines.translations.isEmpty else {
                throw InputError(file: path, line: entry.lines.id == 0 ? entry.lines.first : entry.lines.id, "this entry has a msgid but no msgstr")
            }
            if entry.pluralID != nil, entry.lines.translations.count != entry.translations.count {
                throw InputError(file: path, line: entry.lines.id, "a plural entry needs msgstr[0], msgstr[1]… and no plain msgstr")
            }
            entries.append(entry)
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if hasStrings { try finish() }
                continue
            }
            var content = trimmed
            var obsolete = false
            var previous = false
            if content.hasPrefix("#~") {
                obsolete = true
                content = content.dropFirst(2).drop { $0 == " " || $0 == "\t" }
                if content.hasPrefix("|") {
                    previous = true
                    content = content.dropFirst().drop { $0 == " " || $0 == "\t" }
                }
                if content.isEmpty { continue }
            } else if content.hasPrefix("#|") {
                previous = true
                content = content.dropFirst(2).drop { $0 == " " || $0 == "\t" }
            } else if content.hasPrefix("#") {
                // A comment after the strings of an entry starts the next entry.
                if hasStrings { try finish() }
                if !started {
                    started = true
                    entry.lines.first = lineNumber
                }
                readComment(content, into: &entry)
                continue
            }

            if content.hasPrefix("\"") {
                guard let keyword = open else {
                    throw InputError(file: path, line: lineNumber, "a string continues nothing: it needs a msgid, msgstr or msgctxt line before it")
                }
                let string = try decodedString(content, line: lineNumber)
                append(string, to: keyword, in: &entry)
                if !keyword.isPrevious { entry.lines.last = lineNumber }
                continue
            }

            guard let space = content.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\"" }) else {
                throw InputError(file: path, line: lineNumber, "“\(content.prefix(40))” is not a PO keyword with a string")
            }
            let name = content[..<space]
            let keyword: Keyword
            switch (name, previous) {
            case ("msgctxt", false): keyword = .context
            case ("msgid", false): keyword = .id
            case ("msgid_plural", false): keyword = .pluralID
            case ("msgstr", false): keyword = .translation(nil)
            case ("msgctxt", true): keyword = .previousContext
            case ("msgid", true): keyword = .previousID
            case ("msgid_plural", true): keyword = .previousPluralID
            default:
                if !previous, name.hasPrefix("msgstr["), name.hasSuffix("]"), let index = Int(name.dropFirst(7).dropLast()), index >= 0 {
                    keyword = .translation(index)
                } else {
                    throw InputError(file: path, line: lineNumber, "“\(name.prefix(40))” is not a PO keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[N])")
                }
            }
            // A new msgctxt or msgid after an entry's msgstr starts the next entry.
            if hasStrings, !entry.lines.translations.isEmpty, keyword == .context || keyword == .id || keyword.isPrevious {
                try finish()
            }
            if !started {
                started = true
                entry.lines.first = lineNumber
            }
            if !keyword.isPrevious {
                if hasStrings, obsolete != entry.isObsolete {
                    throw InputError(file: path, line: lineNumber, "this entry mixes obsolete (#~) and current strings")
                }
                entry.isObsolete = obsolete
            }
            try begin(keyword, at: lineNumber, in: &entry)
            let string = try decodedString(content[space...].drop { $0 == " " || $0 == "\t" }, line: lineNumber)
            append(string, to: keyword, in: &entry)
            open = keyword
            if !keyword.isPrevious {
                hasStrings = true
                entry.lines.last = lineNumber
            }
        }
        try finish()
        return entries
    }

    /// Checks that `keyword` may come now and records its line.
    private func begin(_ keyword: Keyword, at line: Int, in entry: inout POEntry) throws {
        let seenID = entry.lines.id != 0
        switch keyword {
        case .context:
            guard entry.context == nil, !seenID else { throw InputError(file: path, line: line, "msgctxt must come once, before msgid") }
            entry.context = ""
        case .id:
            guard !seenID else { throw InputError(file: path, line: line, "a second msgid in one entry (is a msgstr missing?)") }
            entry.lines.id = line
        case .pluralID:
            guard seenID, entry.pluralID == nil, entry.lines.translations.isEmpty else {
                throw InputError(file: path, line: line, "msgid_plural must follow the msgid, once")
            }
            entry.pluralID = ""
            entry.lines.pluralID = line
        case .translation(let index):
            guard seenID else { throw InputError(file: path, line: line, "msgstr without msgid") }
            if let index {
                guard entry.pluralID != nil else {
                    throw InputError(file: path, line: line, "msgstr[\(index)] in an entry without msgid_plural")
                }
                guard index == entry.translations.count else {
                    throw InputError(file: path, line: line, "msgstr[\(index)] out of order: expected msgstr[\(entry.translations.count)]")
                }
            } else {
                guard entry.pluralID == nil else {
                    throw InputError(file: path, line: line, "an entry with msgid_plural needs msgstr[0], not msgstr")
                }
                guard entry.translations.isEmpty else { throw InputError(file: path, line: line, "a second msgstr in one entry") }
            }
            entry.translations.append("")
            entry.lines.translations.append(line)
        case .previousContext:
            entry.previousContext = entry.previousContext ?? ""
        case .previousID:
            entry.previousID = entry.previousID ?? ""
        case .previousPluralID:
            entry.previousPluralID = entry.previousPluralID ?? ""
        }
    }

    private func append(_ string: String, to keyword: Keyword, in entry: inout POEntry) {
        switch keyword {
        case .context: entry.context = (entry.context ?? "") + string
        case .id: entry.id += string
        case .pluralID: entry.pluralID = (entry.pluralID ?? "") + string
        case .translation: entry.translations[entry.translations.count - 1] += string
        case .previousContext: entry.previousContext = (entry.previousContext ?? "") + string
        case .previousID: entry.previousID = (entry.previousID ?? "") + string
        case .previousPluralID: entry.previousPluralID = (entry.previousPluralID ?? "") + string
        }
    }

    /// A `#` line other than `#~` and `#|`: translator comment, extracted comment,
    /// references or flags.
    private func readComment(_ line: Substring, into entry: inout POEntry) {
        let kind = line.dropFirst().first
        switch kind {
        case ".":
            entry.extractedComments.append(String(Self.droppingOneSpace(line.dropFirst(2))))
        case ":":
            entry.references += POReferences.split(line.dropFirst(2))
        case ",":
            entry.flags += line.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default:
            entry.translatorComments.append(String(Self.droppingOneSpace(line.dropFirst())))
        }
    }

    private static func droppingOneSpace(_ text: Substring) -> Substring {
        text.first == " " ? text.dropFirst() : text
    }

    /// The string of a line that starts with `"`: decoded, with nothing but blanks after it.
    private func decodedString(_ text: Substring, line: Int) throws -> String {
        guard text.first == "\"" else {
            throw InputError(file: path, line: line, "a string must start with a double quote")
        }
        let body = text.dropFirst()
        guard let end = POStringEscapes.closingQuote(in: body) else {
            throw InputError(file: path, line: line, "unterminated string: no closing double quote on this line")
        }
        let rest = body[body.index(after: end)...]
        if !rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
            throw InputError(file: path, line: line, "text after the closing double quote: “\(rest.prefix(20))”")
        }
        do {
            return try POStringEscapes.decode(body[..<end])
        } catch let problem as POStringEscapes.Problem {
            throw InputError(file: path, line: line, problem.message)
        }
    }
}
