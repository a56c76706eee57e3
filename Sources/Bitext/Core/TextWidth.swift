/// Full-width ASCII forms (`ＧＰＵ`, `１００`) and the ideographic space are common in Chinese
/// text; matching and number checks compare the half-width forms.
public enum TextWidth {
    public static func halfWidth<S: StringProtocol>(_ text: S) -> String {
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
}
