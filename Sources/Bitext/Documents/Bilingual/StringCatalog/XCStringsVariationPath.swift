import Foundation

/// Where a string unit sits in a String Catalog localization: the variations and
/// substitutions leading to it, written as Xcode writes them in the ids of its XLIFF export
/// (`KEY|==|plural.one`): `plural.one`, `device.iphone.plural.other`,
/// `substitutions.count.plural.one`; the plain string of a localization has the empty path.
struct XCStringsVariationPath: Sendable, Hashable {
    struct Step: Sendable, Hashable {
        /// `plural`, `device` (variations), or `substitutions`.
        var kind: String
        var name: String
    }

    var steps: [Step]

    static let plain = XCStringsVariationPath(steps: [])
    static let substitutions = "substitutions"
    /// Between the key and the path in a unit id.
    static let separator = "|==|"

    init(steps: [Step]) {
        self.steps = steps
    }

    /// The path a `variation` attribute or an id's configuration names; nil when it is not one.
    init?(_ text: String) {
        guard !text.isEmpty else { self.init(steps: []); return }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count % 2 == 0, !parts.contains(where: \.isEmpty) else { return nil }
        self.init(steps: stride(from: 0, to: parts.count, by: 2).map { Step(kind: parts[$0], name: parts[$0 + 1]) })
    }

    /// A unit id as Xcode's XLIFF export has it, taken apart: the key and the path.
    static func split(id: String) -> (key: String, path: XCStringsVariationPath)? {
        guard let range = id.range(of: separator, options: .backwards), let path = XCStringsVariationPath(String(id[range.upperBound...])) else {
            return nil
        }
        return (String(id[..<range.lowerBound]), path)
    }

    var text: String { steps.map { "\($0.kind).\($0.name)" }.joined(separator: ".") }
    var isPlain: Bool { steps.isEmpty }

    /// The `other` form beside a plural form, which a language with fewer forms uses for it.
    var pluralOther: XCStringsVariationPath? {
        guard let last = steps.last, last.kind == "plural", last.name != "other" else { return nil }
        return XCStringsVariationPath(steps: steps.dropLast() + [Step(kind: "plural", name: "other")])
    }

    /// Every string unit of a localization with its path, in file order.
    static func stringUnits(in localization: JSONTree?) -> [(path: XCStringsVariationPath, unit: JSONTree)] {
        guard let localization else { return [] }
        var found: [(XCStringsVariationPath, JSONTree)] = []
        func visit(_ node: JSONTree, _ steps: [Step]) {
            if let unit = node["stringUnit"], unit.members != nil { found.append((XCStringsVariationPath(steps: steps), unit)) }
            for variation in node["variations"]?.members ?? [] {
                for form in variation.value.members ?? [] {
                    visit(form.value, steps + [Step(kind: variation.key, name: form.key)])
                }
            }
            for substitution in node[substitutions]?.members ?? [] {
                visit(substitution.value, steps + [Step(kind: substitutions, name: substitution.key)])
            }
        }
        visit(localization, [])
        return found
    }

    /// The localization with the string unit at this path replaced by `update` of it (an
    /// empty object where there was none), creating the variations on the way.
    func updating(_ localization: JSONTree, _ update: (JSONTree) -> JSONTree) -> JSONTree {
        func apply(_ node: JSONTree, _ rest: ArraySlice<Step>) -> JSONTree {
            guard let step = rest.first else {
                return node.setting("stringUnit", to: update(node["stringUnit"] ?? .object([])))
            }
            if step.kind == Self.substitutions {
                let all = node[Self.substitutions] ?? .object([])
                let child = apply(all[step.name] ?? .object([]), rest.dropFirst())
                return node.setting(Self.substitutions, to: all.setting(step.name, to: child))
            }
            let variations = node["variations"] ?? .object([])
            let forms = variations[step.kind] ?? .object([])
            let child = apply(forms[step.name] ?? .object([]), rest.dropFirst())
            return node.setting("variations", to: variations.setting(step.kind, to: forms.setting(step.name, to: child)))
        }
        return apply(localization.members == nil ? .object([]) : localization, steps[...])
    }
}
