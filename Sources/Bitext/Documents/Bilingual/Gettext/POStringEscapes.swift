import Foundation

/// The C escapes of PO strings. Reading takes every escape gettext reads (`\n \t \" \\`,
/// `\a \b \f \r \v`, octal `\ooo` and hex `\xHH` as bytes of the file's UTF-8); writing
/// uses the ones gettext writes (`\a \b \f \n \r \t \v \" \\`), every other character as it is.
enum POStringEscapes {
    struct Problem: Error {
        var message: String
    }

    /// The index of the `"` that ends a string whose opening quote is already taken.
    static func closingQuote(in body: Substring) -> Substring.Index? {
        var escaped = false
        for index in body.indices {
            let character = body[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return index
            }
        }
        return nil
    }

    /// The text a quoted string stands for. Octal and hex escapes are bytes, joined with the
    /// text around them into UTF-8 (as gettext writes non-ASCII text in escapes).
    static func decode(_ body: Substring) throws -> String {
        guard body.contains("\\") else { return String(body) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.utf8.count)
        var scalars = body.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else {
                bytes.append(contentsOf: String(scalar).utf8)
                continue
            }
            guard let next = scalars.popFirst() else { throw Problem(message: "a string ends with a lone backslash") }
            switch next {
            case "n": bytes.append(0x0A)
            case "t": bytes.append(0x09)
            case "r": bytes.append(0x0D)
            case "a": bytes.append(0x07)
            case "b": bytes.append(0x08)
            case "f": bytes.append(0x0C)
            case "v": bytes.append(0x0B)
            case "\\", "\"", "'", "?": bytes.append(UInt8(next.value))
            case "0"..."7":
                var value = next.value - 0x30
                for _ in 0..<2 {
                    guard let digit = scalars.first, ("0"..."7").contains(digit) else { break }
                    value = value * 8 + digit.value - 0x30
                    scalars.removeFirst()
                }
                guard value <= 0xFF else { throw Problem(message: "the octal escape \\\(String(value, radix: 8)) is larger than a byte") }
                bytes.append(UInt8(value))
            case "x":
                var value: UInt32 = 0
                var digits = 0
                while let digit = scalars.first, let digitValue = hexValue(digit) {
                    value = value * 16 + digitValue
                    digits += 1
                    scalars.removeFirst()
                    guard value <= 0xFF else { throw Problem(message: "a hex escape is larger than a byte") }
                }
                guard digits > 0 else { throw Problem(message: "\\x needs hex digits") }
                bytes.append(UInt8(value))
            default:
                throw Problem(message: "\\\(next) is not an escape gettext knows")
            }
        }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw Problem(message: "the escapes of this string do not spell UTF-8 text")
        }
        return text
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    /// The escaped form of one character, or nil when it is written as it is.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": "\\n"
        case "\t": "\\t"
        case "\r": "\\r"
        case "\u{07}": "\\a"
        case "\u{08}": "\\b"
        case "\u{0C}": "\\f"
        case "\u{0B}": "\\v"
        case "\\": "\\\\"
        case "\"": "\\\""
        default: nil
        }
    }
}
