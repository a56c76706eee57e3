/// Line-breaking classes of the Unicode line breaking algorithm (UAX #14), with the pair
/// table of the libunistring that GNU gettext 0.21 wraps with on Debian (Unicode 14/15
/// rules: no break between letters and a prefix or postfix sign, a break allowed before a
/// fullwidth opening bracket). Classes are exact for ASCII, Latin-1, general and CJK
/// punctuation, kana, Hangul and the ideographs; elsewhere they follow the general
/// category, which is what PO text needs.
enum UnicodeLineBreakClass: Int, Sendable {
    // The classes of the pair table, in its order. `op2` and `cp2` are the East Asian wide
    // brackets, `id2` emoji that take modifiers.
    case wj, gl, b2, ba, bb, hy, cl, cp1, cp2, ex, inseparable, ns, op1, op2, qu, infixSeparator, nu, po, pr, sy, al
    case h2, h3, id1, id2, jl, jv, jt, hl, ri, zwj, eb, em
    // Classes the algorithm handles before the table.
    case sp, zw, cm, bk

    /// What the pair table says about a break between two classes.
    enum Opportunity: UInt8 {
        /// Never, even with spaces between.
        case prohibited
        /// Only after spaces.
        case indirect
        /// Always.
        case direct
    }

    /// Rows `before`, columns `after`, one letter per class: P prohibited, I indirect, D direct.
    private static let pairTable: [[Opportunity]] = [
        "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII", // WJ
        "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII", // GL
        "PIPIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD", // B2
        "PDDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD", // BA
        "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII", // BB
        "PDDIDIPPPPIIDDIPIDDPDDDDDDDDDDDDD", // HY
        "PIDIDIPPPPIPDDIPDIIPDDDDDDDDDDDDD", // CL
        "PIDIDIPPPPIIDDIPIIIPIDDDDDDDIDIDD", // CP1
        "PIDIDIPPPPIIDDIPDIIPDDDDDDDDDDDDD", // CP2
        "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD", // EX
        "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD", // IN
        "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD", // NS
        "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP", // OP1
        "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP", // OP2
        "PIIIIIPPPPIIPPIPIIIPIIIIIIIIIIIII", // QU
        "PIDIDIPPPPIIDDIPIDDPDDDDDDDDDDDDD", // IS
        "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD", // NU
        "PIDIDIPPPPIIIIIPIDDPIDDDDDDDIDIDD", // PO
        "PIDIDIPPPPIIIIIPIDDPIIIIIIIIIDIII", // PR
        "PIDIDIPPPPIIDDIPIDDPDDDDDDDDIDDDD", // SY
        "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD", // AL
        "PIDIDIPPPPIIDDIPDIDPDDDDDDIIDDDDD", // H2
        "PIDIDIPPPPIIDDIPDIDPDDDDDDDIDDDDD", // H3
        "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDD", // ID1
        "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDI", // ID2
        "PIDIDIPPPPIIDDIPDIDPDIIDDIIDDDDDD", // JL
        "PIDIDIPPPPIIDDIPDIDPDDDDDDIIDDDDD", // JV
        "PIDIDIPPPPIIDDIPDIDPDDDDDDDIDDDDD", // JT
        "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD", // HL
        "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD", // RI
        "PIDIDIPPPPIIIDIPIIIPIDDIIDDDIDIII", // ZWJ
        "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDI", // EB
        "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDD", // EM
    ].map { row in
        row.map { letter -> Opportunity in
            switch letter {
            case "P": .prohibited
            case "I": .indirect
            default: .direct
            }
        }
    }

    static func opportunity(before: UnicodeLineBreakClass, after: UnicodeLineBreakClass) -> Opportunity {
        pairTable[before.rawValue][after.rawValue]
    }

    /// The class of a scalar, with the classes the table has no row for resolved as gnulib
    /// resolves them for a non-CJK encoding (ambiguous and unknown as alphabetic).
    static func of(_ scalar: Unicode.Scalar) -> UnicodeLineBreakClass {
        let value = scalar.value
        if value < 0x80 { return ascii[Int(value)] }
        if let known = punctuation[value] { return known }
        switch value {
        case 0x80...0x9F: return value == 0x85 ? .bk : .cm
        case 0xA0...0xFF: return latin1(value)
        case 0x1100...0x115F, 0xA960...0xA97F: return .jl
        case 0x1160...0x11A7, 0xD7B0...0xD7C6: return .jv
        case 0x11A8...0x11FF, 0xD7CB...0xD7FB: return .jt
        case 0xAC00...0xD7A3: return (value - 0xAC00) % 28 == 0 ? .h2 : .h3
        case 0x2000...0x2006, 0x2008...0x200A: return .ba
        case 0x20A0...0x20CF: return [0x20A7, 0x20B6, 0x20BB, 0x20BE].contains(value) ? .po : .pr
        case 0x2E80...0x2FFF, 0x3003...0x3004, 0x3006...0x3007, 0x3012...0x3013, 0x3020...0x3029, 0x3030...0x303A, 0x303D...0x303F:
            return .id1
        case 0x302A...0x302F, 0x3099...0x309A: return .cm
        case 0x3041...0x3096: return smallKana.contains(value) ? .ns : .id1
        case 0x309B...0x309E, 0x30A0, 0x30FB...0x30FE: return .ns
        case 0x30A1...0x30FA: return smallKana.contains(value) ? .ns : .id1
        case 0x30FF...0x31FF: return (0x31F0...0x31FF).contains(value) ? .ns : .id1
        case 0x3200...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA48F, 0xA490...0xA4CF, 0xF900...0xFAFF: return .id1
        case 0xFE30...0xFE4F, 0xFE58...0xFE6B: return .id1
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF02...0xFF03, 0xFF06...0xFF07, 0xFF0A...0xFF0B, 0xFF0D, 0xFF0F, 0xFF1C...0xFF1E, 0xFF20,
             0xFF3C, 0xFF3E...0xFF40, 0xFF5C, 0xFF5E, 0xFFE2...0xFFE4:
            return .id1
        case 0xFF67...0xFF70, 0xFF9E...0xFF9F: return .ns
        case 0xFF66, 0xFF71...0xFF9D, 0xFFA0...0xFFDC, 0xFFE8...0xFFEE: return .al
        case 0x1F000...0x1FAFF, 0x20000...0x3FFFD: return .id1
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .cm
        case .decimalNumber: return .nu
        case .openPunctuation: return columns(scalar) == 2 ? .op2 : .op1
        case .closePunctuation: return .cl
        case .initialPunctuation, .finalPunctuation: return .qu
        case .dashPunctuation, .spaceSeparator: return .ba
        case .lineSeparator, .paragraphSeparator: return .bk
        case .control, .format: return .cm
        default: return .al
        }
    }

    private static let ascii: [UnicodeLineBreakClass] = (0..<0x80).map { value in
        switch value {
        case 0x09: .ba
        case 0x0A, 0x0B, 0x0C, 0x0D: .bk
        case 0x00..<0x20, 0x7F: .cm
        case 0x20: .sp
        case 0x21, 0x3F: .ex
        case 0x22, 0x27: .qu
        case 0x24, 0x2B, 0x5C: .pr
        case 0x25: .po
        case 0x28, 0x5B, 0x7B: .op1
        case 0x29, 0x5D: .cp1
        case 0x7D: .cl
        case 0x2C, 0x2E, 0x3A, 0x3B: .infixSeparator
        case 0x2D: .hy
        case 0x2F: .sy
        case 0x30...0x39: .nu
        case 0x7C: .ba
        default: .al
        }
    }

    private static func latin1(_ value: UInt32) -> UnicodeLineBreakClass {
        switch value {
        case 0xA0: .gl
        case 0xA1, 0xBF: .op1
        case 0xA2, 0xB0: .po
        case 0xA3...0xA5, 0xB1: .pr
        case 0xAB, 0xBB: .qu
        case 0xAD: .ba
        case 0xB4: .bb
        default: .al
        }
    }

    /// Punctuation whose class the general category does not give.
    private static let punctuation: [UInt32: UnicodeLineBreakClass] = [
        0x037E: .infixSeparator, 0x0589: .infixSeparator, 0x060C: .infixSeparator, 0x060D: .infixSeparator,
        0x200B: .zw, 0x200D: .zwj, 0x2007: .gl, 0x2011: .gl, 0x202F: .gl, 0x2060: .wj, 0xFEFF: .wj,
        0x2010: .ba, 0x2012: .ba, 0x2013: .ba, 0x2014: .b2, 0x2027: .ba,
        0x2018: .qu, 0x2019: .qu, 0x201A: .op1, 0x201B: .qu, 0x201C: .qu, 0x201D: .qu, 0x201E: .op1, 0x201F: .qu,
        0x2039: .qu, 0x203A: .qu, 0x2024: .inseparable, 0x2025: .inseparable, 0x2026: .inseparable,
        0x2030: .po, 0x2031: .po, 0x2032: .po, 0x2033: .po, 0x2034: .po, 0x2035: .po, 0x2036: .po, 0x2037: .po,
        0x203C: .ns, 0x203D: .ns, 0x2044: .infixSeparator, 0x2047: .ns, 0x2048: .ns, 0x2049: .ns,
        0x2103: .po, 0x2109: .po, 0x2116: .pr, 0x2212: .pr, 0x2213: .pr,
        0x3000: .ba, 0x3001: .cl, 0x3002: .cl, 0x3005: .ns, 0x301C: .ns, 0x303B: .ns, 0x303C: .ns,
        0x3008: .op2, 0x300A: .op2, 0x300C: .op2, 0x300E: .op2, 0x3010: .op2, 0x3014: .op2, 0x3016: .op2, 0x3018: .op2, 0x301A: .op2, 0x301D: .op2,
        0x3009: .cl, 0x300B: .cl, 0x300D: .cl, 0x300F: .cl, 0x3011: .cl, 0x3015: .cl, 0x3017: .cl, 0x3019: .cl, 0x301B: .cl,
        0x301E: .cl, 0x301F: .cl,
        0xFE10: .infixSeparator, 0xFE11: .cl, 0xFE12: .cl, 0xFE13: .infixSeparator, 0xFE14: .infixSeparator,
        0xFE15: .ex, 0xFE16: .ex, 0xFE17: .op2, 0xFE18: .cl, 0xFE19: .inseparable,
        0xFE35: .op2, 0xFE37: .op2, 0xFE39: .op2, 0xFE3B: .op2, 0xFE3D: .op2, 0xFE3F: .op2, 0xFE41: .op2, 0xFE43: .op2, 0xFE47: .op2,
        0xFE36: .cl, 0xFE38: .cl, 0xFE3A: .cl, 0xFE3C: .cl, 0xFE3E: .cl, 0xFE40: .cl, 0xFE42: .cl, 0xFE44: .cl, 0xFE48: .cl,
        0xFE50: .cl, 0xFE52: .cl, 0xFE54: .ns, 0xFE55: .ns, 0xFE56: .ex, 0xFE57: .ex,
        0xFE59: .op2, 0xFE5B: .op2, 0xFE5D: .op2, 0xFE5A: .cl, 0xFE5C: .cl, 0xFE5E: .cl, 0xFE69: .pr, 0xFE6A: .po,
        0xFF01: .ex, 0xFF04: .pr, 0xFF05: .po, 0xFF08: .op2, 0xFF09: .cl, 0xFF0C: .cl, 0xFF0E: .cl,
        0xFF1A: .ns, 0xFF1B: .ns, 0xFF1F: .ex, 0xFF3B: .op2, 0xFF3D: .cl, 0xFF5B: .op2, 0xFF5D: .cl,
        0xFF5F: .op2, 0xFF60: .cl, 0xFF61: .cl, 0xFF62: .op2, 0xFF63: .cl, 0xFF64: .cl, 0xFF65: .ns,
        0xFFE0: .po, 0xFFE1: .pr, 0xFFE5: .pr, 0xFFE6: .pr,
    ]

    /// Small kana and the iteration marks of kana, which may not start a line.
    private static let smallKana: Set<UInt32> = [
        0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
        0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,
    ]

    /// Columns a scalar takes on a terminal, as gnulib's `uc_width` counts them outside CJK
    /// encodings: 2 for East Asian wide and fullwidth characters, 0 for combining marks,
    /// nil for control characters (which gettext leaves out of the count).
    static func columns(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return nil }
        if value < 0x300 { return 1 }
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF: return 0
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: return 1
        }
    }
}
