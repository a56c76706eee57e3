/// Finds the placeholders of a string in the syntaxes that apply to it.
///
/// Written by hand rather than with regular expressions: ICU arguments nest (a plural
/// branch holds placeholders and further arguments), the syntaxes share their first
/// character and are tried in an order that resolves `%search%` against `%s`, and the
/// scan runs over every string of a million-unit file, on bytes.
struct PlaceholderScanner: Sendable {
    var syntaxes: Set<PlaceholderSyntax>

    /// Every syntax but HTML entities: for telling a token that is some program's code.
    static let anySyntax = PlaceholderScanner(syntaxes: PlaceholderSyntax.unambiguous)

    /// What a scan finds: the placeholders at the string's top level (an ICU argument holds
    /// its branches' own), and the byte ranges that are syntax rather than words, for the
    /// checks that read text (`AlignedPair.maskPlaceholders`): an ICU argument's branch
    /// text is prose and is not among them.
    struct Scan: Sendable {
        var placeholders: [Placeholder] = []
        var masked: [Range<Int>] = []
    }

    /// Whether the text holds a byte a placeholder starts with; most strings hold none.
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        // Asked of both sides of every pair: a few compares a byte, no table behind a lazy
        // global (whose guard would be called for every byte).
        func starts(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "%") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "$")
                || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&")
        }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: starts) } ?? text.utf8.contains(where: starts)
    }

    func scan(_ text: String) -> Scan {
        var scan = Scan()
        guard Self.mayHoldPlaceholder(text) else { return scan }
        let bytes = Array(text.utf8)
        scanMessage(bytes, 0..<bytes.count, inPluralBranch: false, into: &scan)
        return scan
    }

    private func scanMessage(_ bytes: [UInt8], _ range: Range<Int>, inPluralBranch: Bool, into scan: inout Scan) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            var found: (Placeholder, masks: [Range<Int>])?
            switch byte {
            case UInt8(ascii: "%"): found = percent(bytes, at: index, end: range.upperBound).map { ($0, [$0.bytes]) }
            case UInt8(ascii: "{"):
                if index + 1 < range.upperBound, bytes[index + 1] == UInt8(ascii: "{") {
                    if syntaxes.contains(.doubleBrace) {
                        found = doubleBrace(bytes, at: index, end: range.upperBound).map { ($0, [$0.bytes]) }
                    } else {
                        index += 2
                        continue
                    }
                } else if syntaxes.contains(.brace) {
                    found = brace(bytes, at: index, end: range.upperBound)
                }
            case UInt8(ascii: "$"): found = dollar(bytes, at: index, end: range.upperBound).map { ($0, [$0.bytes]) }
            case UInt8(ascii: "\\"): found = escape(bytes, at: index, end: range.upperBound).map { ($0, [$0.bytes]) }
            case UInt8(ascii: "&"): found = entity(bytes, at: index, end: range.upperBound).map { ($0, [$0.bytes]) }
            case UInt8(ascii: "#") where inPluralBranch:
                found = (Self.placeholder(.brace, bytes, index..<index + 1, identity: "#"), [index..<index + 1])
            default: break
            }
            if let (placeholder, masks) = found {
                scan.placeholders.append(placeholder)
                scan.masked += masks
                index = placeholder.bytes.upperBound
            } else {
                index += 1
            }
        }
    }

    // MARK: - % (printf, Python, Symfony, Ruby)

    private static let conversions = Set("diouxXfFeEgGaAcspSC@".utf8)

    private func percent(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        guard start + 1 < end else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "%") {
            return syntaxes.contains(.printf) ? Self.placeholder(.printf, bytes, start..<start + 2, identity: "%%") : nil
        }
        if syntaxes.contains(.percentBrace), next == UInt8(ascii: "{"),
           let close = Self.closing(UInt8(ascii: "}"), in: bytes, from: start + 2, end: end, limit: 64),
           close > start + 2, (start + 2..<close).allSatisfy({ Self.isNameByte(bytes[$0]) }) {
            let range = start..<close + 1
            return Self.placeholder(.percentBrace, bytes, range, identity: Self.string(bytes, range))
        }
        if syntaxes.contains(.symfony), let placeholder = symfony(bytes, at: start, end: end) { return placeholder }
        if syntaxes.contains(.pythonNamed), next == UInt8(ascii: "("),
           let close = Self.closing(UInt8(ascii: ")"), in: bytes, from: start + 2, end: end, limit: 64), close > start + 2,
           let conversionEnd = printfSpecificationEnd(bytes, from: close + 1, end: end, allowPosition: false) {
            let range = start..<conversionEnd
            return Self.placeholder(.pythonNamed, bytes, range, identity: Self.string(bytes, range))
        }
        if syntaxes.contains(.printf) { return printf(bytes, at: start, end: end) }
        return nil
    }

    /// `%name%`: at least two name characters, not glued to a word before it, and not the
    /// start of `%%`.
    private func symfony(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        if start > 0, Self.isNameByte(bytes[start - 1]) { return nil }
        var cursor = start + 1
        guard cursor < end, Self.isLetter(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "_") else { return nil }
        while cursor < end, Self.isNameByte(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
        guard cursor < end, bytes[cursor] == UInt8(ascii: "%"), cursor - start - 1 >= 2 else { return nil }
        if cursor + 1 < end, bytes[cursor + 1] == UInt8(ascii: "%") { return nil }
        let range = start..<cursor + 1
        return Self.placeholder(.symfony, bytes, range, identity: Self.string(bytes, range))
    }

    /// `%[n$][flags][width][.precision][length]conversion`. A bare one-letter form glued to
    /// a word (`100%free`) is text; `%@` and forms with a position, flag, width, precision
    /// or length are placeholders wherever they are.
    private func printf(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        var cursor = start + 1
        var position: Int?
        var digits = cursor
        while digits < end, Self.isDigit(bytes[digits]) { digits += 1 }
        if digits > cursor, digits < end, bytes[digits] == UInt8(ascii: "$"), bytes[cursor] != UInt8(ascii: "0") {
            position = Int(Self.string(bytes, cursor..<digits))
            cursor = digits + 1
        }
        let specificationStart = cursor
        guard let conversionEnd = printfSpecificationEnd(bytes, from: cursor, end: end, allowPosition: true) else { return nil }
        var conversion = Self.string(bytes, specificationStart..<conversionEnd)
        if conversion.hasSuffix("i") { conversion = String(conversion.dropLast()) + "d" }
        let bare = position == nil && conversionEnd == specificationStart + 1
        if bare, bytes[specificationStart] != UInt8(ascii: "@"), conversionEnd < end, Self.isLetter(bytes[conversionEnd]) { return nil }
        var placeholder = Self.placeholder(.printf, bytes, start..<conversionEnd, identity: "%" + (position.map { "\($0)$" } ?? "") + conversion)
        placeholder.position = position
        placeholder.conversion = conversion
        return placeholder
    }

    /// Where flags, width, precision, length and the conversion letter end; nil when they do
    /// not make a conversion.
    private func printfSpecificationEnd(_ bytes: [UInt8], from start: Int, end: Int, allowPosition: Bool) -> Int? {
        var cursor = start
        while cursor < end, "-+#0'".utf8.contains(bytes[cursor]) { cursor += 1 }
        while cursor < end, Self.isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "*") { cursor += 1 }
        if cursor < end, bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            while cursor < end, Self.isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "*") { cursor += 1 }
        }
        for length in ["hh", "ll", "h", "l", "L", "q", "j", "z", "t"] where Self.hasPrefix(bytes, at: cursor, end: end, length) {
            cursor += length.utf8.count
            break
        }
        guard cursor < end, Self.conversions.contains(bytes[cursor]) else { return nil }
        return cursor + 1
    }

    // MARK: - { (braces, ICU, double braces)

    private func doubleBrace(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        let triple = start + 2 < end && bytes[start + 2] == UInt8(ascii: "{")
        let width = triple ? 3 : 2
        var cursor = start + width
        while cursor + width <= end, cursor - start < 200 {
            if bytes[cursor] == UInt8(ascii: "\n") || bytes[cursor] == UInt8(ascii: "{") { return nil }
            if (0..<width).allSatisfy({ bytes[cursor + $0] == UInt8(ascii: "}") }) {
                let expression = Self.string(bytes, start + width..<cursor).filter { !$0.isWhitespace }
                guard !expression.isEmpty else { return nil }
                let range = start..<cursor + width
                let braces = String(repeating: "{", count: width)
                return Self.placeholder(.doubleBrace, bytes, range, identity: braces + expression + String(repeating: "}", count: width))
            }
            cursor += 1
        }
        return nil
    }

    /// `{name}`, `{0:.2f}`, `{n, number}`, `{count, plural, …}`; with the ranges to mask.
    private func brace(_ bytes: [UInt8], at start: Int, end: Int) -> (Placeholder, masks: [Range<Int>])? {
        var cursor = start + 1
        guard cursor < end, Self.isNameByte(bytes[cursor]) else { return nil }
        let nameStart = cursor
        while cursor < end, Self.isNameByte(bytes[cursor]) || ".-[]".utf8.contains(bytes[cursor]) { cursor += 1 }
        let name = Self.string(bytes, nameStart..<cursor)
        cursor = Self.skippingSpaces(bytes, from: cursor, end: end)
        guard cursor < end else { return nil }
        switch bytes[cursor] {
        case UInt8(ascii: "}"):
            let range = start..<cursor + 1
            return (Self.placeholder(.brace, bytes, range, identity: "{\(name)}"), [range])
        case UInt8(ascii: ":"), UInt8(ascii: "!"):
            guard let close = Self.closing(UInt8(ascii: "}"), in: bytes, from: cursor, end: end, limit: 40) else { return nil }
            let range = start..<close + 1
            return (Self.placeholder(.brace, bytes, range, identity: Self.string(bytes, range).filter { $0 != " " }), [range])
        case UInt8(ascii: ","):
            return icuArgument(bytes, at: start, name: name, from: cursor + 1, end: end)
        default:
            return nil
        }
    }

    private static let branchingKinds: Set<String> = ["plural", "select", "selectordinal"]

    private func icuArgument(_ bytes: [UInt8], at start: Int, name: String, from typeStart: Int, end: Int) -> (Placeholder, masks: [Range<Int>])? {
        var cursor = Self.skippingSpaces(bytes, from: typeStart, end: end)
        let kindStart = cursor
        while cursor < end, Self.isLetter(bytes[cursor]) { cursor += 1 }
        let kind = Self.string(bytes, kindStart..<cursor)
        guard !kind.isEmpty else { return nil }
        cursor = Self.skippingSpaces(bytes, from: cursor, end: end)
        guard cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: "}") {
            let range = start..<cursor + 1
            return (Self.placeholder(.brace, bytes, range, identity: "{\(name),\(kind)}"), [range])
        }
        guard bytes[cursor] == UInt8(ascii: ",") else { return nil }
        guard Self.branchingKinds.contains(kind) else {
            guard let close = Self.matchingBrace(bytes, openAt: start, end: end) else { return nil }
            let range = start..<close + 1
            let style = Self.string(bytes, cursor + 1..<close).trimmingCharacters(in: .whitespaces)
            return (Self.placeholder(.brace, bytes, range, identity: "{\(name),\(kind),\(style)}"), [range])
        }
        var masks = [start..<cursor + 1]
        var branches: [(key: String, placeholders: [Placeholder])] = []
        cursor += 1
        while true {
            cursor = Self.skippingSpaces(bytes, from: cursor, end: end)
            guard cursor < end else { return nil }
            if bytes[cursor] == UInt8(ascii: "}") {
                masks.append(cursor..<cursor + 1)
                break
            }
            let keyStart = cursor
            while cursor < end, !Self.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "{"), bytes[cursor] != UInt8(ascii: "}") { cursor += 1 }
            let key = Self.string(bytes, keyStart..<cursor)
            guard !key.isEmpty else { return nil }
            if key.hasPrefix("offset:") { continue }
            cursor = Self.skippingSpaces(bytes, from: cursor, end: end)
            guard cursor < end, bytes[cursor] == UInt8(ascii: "{"), let close = Self.matchingBrace(bytes, openAt: cursor, end: end) else { return nil }
            masks.append(keyStart..<cursor + 1)
            masks.append(close..<close + 1)
            var inner = Scan()
            scanMessage(bytes, cursor + 1..<close, inPluralBranch: kind != "select", into: &inner)
            masks += inner.masked
            branches.append((key, inner.placeholders))
            cursor = close + 1
        }
        guard !branches.isEmpty else { return nil }
        let range = start..<cursor + 1
        var placeholder = Self.placeholder(.brace, bytes, range, identity: "{\(name),\(kind)}")
        placeholder.message = ICUArgument(name: name, kind: kind, branches: branches)
        return (placeholder, masks)
    }

    // MARK: - $, \, &

    private func dollar(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        if syntaxes.contains(.dollarBrace), Self.hasPrefix(bytes, at: start, end: end, "${"),
           let close = Self.closing(UInt8(ascii: "}"), in: bytes, from: start + 2, end: end, limit: 100), close > start + 2 {
            let range = start..<close + 1
            return Self.placeholder(.dollarBrace, bytes, range, identity: Self.string(bytes, range).filter { !$0.isWhitespace })
        }
        if syntaxes.contains(.i18nextNesting), Self.hasPrefix(bytes, at: start, end: end, "$t("),
           let close = Self.closing(UInt8(ascii: ")"), in: bytes, from: start + 3, end: end, limit: 100), close > start + 3 {
            let range = start..<close + 1
            return Self.placeholder(.i18nextNesting, bytes, range, identity: Self.string(bytes, range).filter { !$0.isWhitespace })
        }
        return nil
    }

    private func escape(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        guard syntaxes.contains(.escapes), start + 1 < end, "ntr\"'\\".utf8.contains(bytes[start + 1]) else { return nil }
        let range = start..<start + 2
        return Self.placeholder(.escapes, bytes, range, identity: Self.string(bytes, range))
    }

    private func entity(_ bytes: [UInt8], at start: Int, end: Int) -> Placeholder? {
        guard syntaxes.contains(.htmlEntities), let close = Self.closing(UInt8(ascii: ";"), in: bytes, from: start + 1, end: end, limit: 32),
              close > start + 1 else { return nil }
        let body = bytes[start + 1..<close]
        let valid = body.first == UInt8(ascii: "#")
            ? body.count > 1 && body.dropFirst().allSatisfy { Self.isNameByte($0) }
            : body.allSatisfy { Self.isNameByte($0) } && Self.isLetter(body.first!)
        guard valid else { return nil }
        let range = start..<close + 1
        return Self.placeholder(.htmlEntities, bytes, range, identity: Self.string(bytes, range))
    }

    // MARK: - Bytes

    private static func placeholder(_ syntax: PlaceholderSyntax, _ bytes: [UInt8], _ range: Range<Int>, identity: String) -> Placeholder {
        Placeholder(syntax: syntax, text: string(bytes, range), identity: identity, bytes: range)
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The first `byte` from `start` on the same line, within `limit` bytes.
    private static func closing(_ byte: UInt8, in bytes: [UInt8], from start: Int, end: Int, limit: Int) -> Int? {
        var cursor = start
        while cursor < end, cursor - start <= limit {
            if bytes[cursor] == byte { return cursor }
            if bytes[cursor] == UInt8(ascii: "\n") { return nil }
            cursor += 1
        }
        return nil
    }

    /// The `}` closing the `{` at `open`, counting nested braces.
    private static func matchingBrace(_ bytes: [UInt8], openAt open: Int, end: Int) -> Int? {
        var depth = 0
        for cursor in open..<end {
            if bytes[cursor] == UInt8(ascii: "{") { depth += 1 }
            if bytes[cursor] == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return cursor }
            }
        }
        return nil
    }

    private static func skippingSpaces(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var cursor = start
        while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, end: Int, _ prefix: String) -> Bool {
        let count = prefix.utf8.count
        guard index + count <= end else { return false }
        return zip(bytes[index..<index + count], prefix.utf8).allSatisfy { $0 == $1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") }
}
