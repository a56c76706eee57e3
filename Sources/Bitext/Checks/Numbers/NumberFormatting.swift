/// How numbers are shown in messages: as written, with the value they were compared by when
/// the writing does not show it (`600 billion (6.0e11)`, `60 亿 (6.0e9)`, `50%`).
enum NumberFormatting {
    static func describe(_ number: NumberMention) -> String {
        let value = format(number.value) + (number.kind == .count ? "" : "%")
        let written = number.surface.filter { $0 != "," && $0 != " " }
        return written == value || written == format(number.value) ? number.surface : "\(number.surface) (\(value))"
    }

    /// Whole numbers below a million in full; others with three significant digits, large
    /// ones in exponent form.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
        if abs(value) >= 1e6 {
            var exponent = 0
            var mantissa = value
            while abs(mantissa) >= 10 {
                mantissa /= 10
                exponent += 1
            }
            return "\(trimmed(mantissa, keepingOneDecimal: true))e\(exponent)"
        }
        return trimmed(value, keepingOneDecimal: false)
    }

    private static func trimmed(_ value: Double, keepingOneDecimal: Bool) -> String {
        let rounded = (value * 1000).rounded() / 1000
        var text = String(rounded)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") {
                if keepingOneDecimal { text.append("0") } else { text.removeLast() }
            }
        }
        return text
    }
}
