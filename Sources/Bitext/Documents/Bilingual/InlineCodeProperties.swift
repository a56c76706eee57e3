import Foundation

/// How an inline code travels through a format whose codes cannot hold it: an XLIFF 1.2
/// `<x id="INTERPOLATION" equiv-text="{{ x }}"/>` in TMX (whose `<ph>` has only `x`,
/// `type` and `assoc`), an XLIFF 2 `<pc equivEnd="…">` in TMX or XLIFF 1.2. The format
/// writes its nearest code, and a property `x-bitext-code.source.3` (TMX `<prop>`, XLIFF
/// 1.2 `<context>`) holds the code as read, as JSON; the reader puts it back in place of
/// the third code of the source. TMX codes in XLIFF 1.2 need none: their attributes have
/// XLIFF 1.2 equivalents (`TMXXLIFF12CodeAttributes`).
enum InlineCodeProperties {
    static let prefix = "x-bitext-code."

    /// Whether `code` of a unit read from `unitOrigin` needs a property to come back from a
    /// file of `format`. A TMX code written as XLIFF 1.2 and read back is one of XLIFF
    /// 1.2's in a TMX unit: TMX gets it back by the same equivalents.
    static func needsCarrying(_ code: InlineCode, into format: InlineCode.Origin, unitOrigin: InlineCode.Origin?) -> Bool {
        guard code.role != .character, code.origin != format else { return false }
        switch (format, code.origin) {
        case (.xliff12, .tmx): return false
        case (.tmx, .xliff12): return unitOrigin != .tmx
        default: return true
        }
    }

    /// The properties carrying the codes of both sides that `format` cannot hold.
    static func properties(
        source: [InlineCode], target: [InlineCode], into format: InlineCode.Origin, unitOrigin: InlineCode.Origin?
    ) -> [UnitProperty] {
        var result: [UnitProperty] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (side, codes) in [(UnitPart.source, source), (.target, target)] {
            for (index, code) in codes.enumerated() where needsCarrying(code, into: format, unitOrigin: unitOrigin) {
                guard let json = try? encoder.encode(code) else { continue }
                result.append(UnitProperty(type: "\(prefix)\(side.rawValue).\(index + 1)", value: String(decoding: json, as: UTF8.self)))
            }
        }
        return result
    }

    /// `restore` on the one segment each side of a unit read from TMX or XLIFF 1.2 has.
    static func restore(_ properties: inout [UnitProperty], source: inout BilingualPairBuilder.Side, target: inout BilingualPairBuilder.Side) {
        guard properties.contains(where: { $0.type.hasPrefix(prefix) }) else { return }
        var sourceCodes = source.segments.first?.codes ?? []
        var targetCodes = target.segments.first?.codes ?? []
        restore(&properties, source: &sourceCodes, target: &targetCodes)
        if !source.segments.isEmpty { source.segments[0].codes = sourceCodes }
        if !target.segments.isEmpty { target.segments[0].codes = targetCodes }
    }

    /// Takes the code properties out of `properties` and puts each code back in its place.
    /// A property that names no code of the side, or does not decode, stays a property.
    static func restore(_ properties: inout [UnitProperty], source: inout [InlineCode], target: inout [InlineCode]) {
        guard properties.contains(where: { $0.type.hasPrefix(prefix) }) else { return }
        var kept: [UnitProperty] = []
        for property in properties {
            guard property.appliesTo == .unit, property.type.hasPrefix(prefix) else { kept.append(property); continue }
            let place = property.type.dropFirst(prefix.count).split(separator: ".")
            guard place.count == 2, let index = Int(place[1]), index >= 1,
                  let code = try? JSONDecoder().decode(InlineCode.self, from: Data(property.value.utf8)) else {
                kept.append(property)
                continue
            }
            switch place[0] {
            case "source" where index <= source.count: source[index - 1] = code
            case "target" where index <= target.count: target[index - 1] = code
            default: kept.append(property)
            }
        }
        properties = kept
    }
}
