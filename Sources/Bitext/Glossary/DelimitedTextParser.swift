import Foundation

/// A small RFC 4180 reader for comma- and tab-separated text.
///
/// Written here rather than taken from a CSV package because glossary errors must point
/// at the line and column of the fault (an unterminated quote, an empty required cell),
/// and the packages available report neither positions nor the line a record started on.
struct DelimitedTextParser {
    struct Field: Equatable {
        var text: String
        /// 1-based line and column where the field starts.
        var line: Int
        var column: Int
    }

    struct Record: Equatable {
        /// The line the record starts on (a quoted field may span several).
        var line: Int
        var fields: [Field]

        var isBlank: Bool { fields.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    let delimiter: Unicode.Scalar
    let path: String

    /// Splits `text` (already decoded, without BOM) into records. CRLF, LF and CR all end a
    /// record; inside quotes they are part of the field. A quote inside an unquoted field is
    /// kept as text, as spreadsheet programs write it.
    ///
    /// Reads scalars, not `Character`s: a cell that starts with a combining mark joins the
    /// delimiter before it into one `Character`, which would hide the delimiter.
    func parse(_ text: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var current = ""
        var line = 1
        var column = 1
        var recordLine = 1
        var fieldLine = 1
        var fieldColumn = 1
        var inQuotes = false
        var quoteLine = 0
        var quoteColumn = 0
        var afterClosingQuote = false
        var fieldWasQuoted = false

        func endField() {
            fields.append(Field(text: current, line: fieldLine, column: fieldColumn))
            current = ""
            afterClosingQuote = false
            fieldWasQuoted = false
        }

        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            let isNewline = character == "\n" || character == "\r"
            if character == "\r" && pending == "\n" {
                if inQuotes { current.unicodeScalars.append(character) }
                pending = iterator.next()
                if inQuotes {
                    current.unicodeScalars.append("\n")
                    line += 1
                    column = 1
                    continue
                }
            }
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = iterator.next()
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    current.unicodeScalars.append(character)
                }
                if isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            if character == delimiter {
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
            } else if isNewline {
                endField()
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                line += 1
                column = 1
                recordLine = line
                fieldLine = line
                fieldColumn = 1
            } else if afterClosingQuote {
                throw InputError(
                    file: path, line: line, column: column,
                    "unexpected \(Self.describe(character)) after the closing quote of a field; a quoted field must end at \(Self.describe(delimiter)) or the line end")
            } else if character == "\"" && current.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
                quoteColumn = column
                column += 1
            } else {
                current.unicodeScalars.append(character)
                column += 1
            }
        }
        if inQuotes {
            throw InputError(file: path, line: quoteLine, column: quoteColumn, "unterminated quoted field: the quote opened here is never closed")
        }
        if !fields.isEmpty || !current.isEmpty || fieldWasQuoted {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    private static func describe(_ character: Unicode.Scalar) -> String {
        switch character {
        case "\t": "a tab"
        case ",": "a comma"
        default: "'\(character)'"
        }
    }
}
