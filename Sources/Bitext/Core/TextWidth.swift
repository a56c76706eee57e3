/// Full-width ASCII forms (`ＧＰＵ`, `１００`) and the ideographic space are common in Chinese
/// text; matching and number checks compare the half-width forms.
public enum TextWidth {
    public static func halfWidth<S: StringProtocol>(_ text: S) -> String {
        if let string = text as? String { return halfWidth(string) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The same mapping on a `String`'s UTF-8 bytes: U+FF01…U+FF5E are `EF BC 81`…`EF BD 9E`
    /// and U+3000 is `E3 80 80`, so no scalar needs decoding; text without them is returned as it is.
    public static func halfWidth(_ text: String) -> String {
        var utf8 = text
        let mapped: String? = utf8.withUTF8 { bytes in
            var index = 0
            var output: [UInt8] = []
            var copied = 0
            while index + 2 < bytes.count {
                let lead = bytes[index]
                var replacement: UInt8?
                if lead == 0xEF {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0xBC, third >= 0x81 { replacement = third - 0x60 }
                    if second == 0xBD, third <= 0x9E { replacement = third - 0x20 }
                } else if lead == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                    replacement = 0x20
                }
                guard let replacement else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(replacement)
                index += 3
                copied = index
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
        return mapped ?? text
    }
}
