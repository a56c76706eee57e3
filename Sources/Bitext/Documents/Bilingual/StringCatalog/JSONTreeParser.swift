/// Parses JSON (RFC 8259) into a `JSONTree`, with errors naming the file and line.
struct JSONTreeParser {
    let path: String
    private var bytes: [UInt8] = []
    private var position = 0
    private var line = 1
    /// Nesting deeper than this is refused rather than recursed into.
    static let maximumDepth = 512

    init(path: String) {
        self.path = path
    }

    mutating func parse(_ text: String) throws -> JSONTree {
        bytes = Array(text.utf8)
        position = 0
        line = 1
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard position == bytes.count else { throw error("text after the end of the JSON value") }
        return value
    }

    private func error(_ message: String) -> InputError {
        InputError(file: path, line: line, message)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            position += 1
        }
    }

    private mutating func parseValue(depth: Int) throws -> JSONTree {
        guard depth < Self.maximumDepth else { throw error("JSON nested more than \(Self.maximumDepth) levels deep") }
        skipWhitespace()
        guard position < bytes.count else { throw error("the JSON ends where a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""):
            let start = line
            return .string(try parseString(), line: start)
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("“\(Unicode.Scalar(bytes[position]))” cannot start a JSON value")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, Array(bytes[position..<(position + expected.count)]) == expected else {
            throw error("not a JSON value (expected \(word))")
        }
        position += expected.count
    }

    private mutating func parseObject(depth: Int) throws -> JSONTree {
        position += 1
        var members: [JSONTree.Member] = []
        var keys = Set<String>()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object([])
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("a JSON object key must be a string") }
            let keyLine = line
            let key = try parseString()
            guard keys.insert(key).inserted else {
                throw InputError(file: path, line: keyLine, "the key “\(key.prefix(60))” appears twice in one object")
            }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected “:” after a JSON object key") }
            position += 1
            members.append(JSONTree.Member(key: key, value: try parseValue(depth: depth + 1), line: keyLine))
            skipWhitespace()
            guard position < bytes.count else { throw error("the JSON ends inside an object") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            throw error("expected “,” or “}” in a JSON object")
        }
    }

    private mutating func parseArray(depth: Int) throws -> JSONTree {
        position += 1
        var items: [JSONTree] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array([])
        }
        while true {
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard position < bytes.count else { throw error("the JSON ends inside an array") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            throw error("expected “,” or “]” in a JSON array")
        }
    }

    private mutating func parseNumber() throws -> JSONTree {
        let start = position
        let allowed = Set("+-0123456789.eE".utf8)
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard Double(text) != nil, !text.hasPrefix("+"), !text.hasSuffix(".") else { throw error("“\(text)” is not a JSON number") }
        return .number(text)
    }

    private mutating func parseString() throws -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flush() {
            if runStart < position {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush()
                position += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw error(byte == 0x0A ? "unterminated string: a line break inside a JSON string" : "a control character inside a JSON string")
            }
            if byte == UInt8(ascii: "\\") {
                flush()
                scalars.append(try parseEscape())
                runStart = position
                continue
            }
            position += 1
        }
        throw error("unterminated string: the JSON ends inside it")
    }

    /// One escape after its backslash; `\u` surrogate pairs joined.
    private mutating func parseEscape() throws -> Unicode.Scalar {
        position += 1
        guard position < bytes.count else { throw error("unterminated string: the JSON ends inside an escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try hexQuad()
            if (0xD800...0xDBFF).contains(first), bytes.count - position >= 6,
               bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                position += 2
                let second = try hexQuad()
                guard (0xDC00...0xDFFF).contains(second) else { throw error("a \\u escape pairs a high surrogate with no low one") }
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(first) else { throw error("a \\u escape names a lone surrogate") }
            return scalar
        default:
            throw error("\\\(Unicode.Scalar(byte)) is not a JSON escape")
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard bytes.count - position >= 4 else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}
