import Foundation

/// What differs between the placeholders of a source string and of its translation.
///
/// Chinese word order moves placeholders, so order alone is never a problem, except for
/// printf arguments without positions, which are bound in order. An ICU plural may drop
/// the categories Chinese does not use (`one`), but keeps `other`; a select keeps its keys;
/// each branch of the translation is compared with the source branch of the same key, or
/// with the source's `other`.
struct PlaceholderComparison {
    struct Problem: Sendable, Equatable {
        var message: String
        /// UTF-8 ranges in each side's text.
        var sourceBytes: [Range<Int>] = []
        var targetBytes: [Range<Int>] = []
    }

    var scanner: PlaceholderScanner

    /// `targetText` lets garbled remains be looked for; a branch of an ICU argument has none of its own.
    func problems(source: [Placeholder], target: [Placeholder], targetText: String?) -> [Problem] {
        var problems: [Problem] = []
        var missing: [Placeholder] = []
        var added: [Placeholder] = []
        var doubled: [Repetition] = []
        compare(source: source, target: target, problems: &problems, missing: &missing, added: &added, doubled: &doubled)
        problems += explained(missing: missing, added: added, doubled: doubled, targetText: targetText)
        return problems
    }

    /// A placeholder the translation writes more often than the source.
    private struct Repetition {
        var source: [Placeholder]
        var target: [Placeholder]
    }

    /// Compares two lists of one level; what is missing or added is left for `explained`,
    /// which can tell garbled and renumbered placeholders from missing ones.
    private func compare(
        source: [Placeholder], target: [Placeholder], problems: inout [Problem], missing: inout [Placeholder], added: inout [Placeholder],
        doubled: inout [Repetition]
    ) {
        let (sourceKeyed, targetKeyed, reorder) = Self.keyedForComparison(source: source, target: target)
        if let reorder { problems.append(reorder) }
        let sourceGroups = Dictionary(grouping: sourceKeyed, by: \.key)
        let targetGroups = Dictionary(grouping: targetKeyed, by: \.key)
        for key in Self.orderedKeys(sourceKeyed, targetKeyed) {
            let inSource = sourceGroups[key]?.map(\.placeholder) ?? []
            let inTarget = targetGroups[key]?.map(\.placeholder) ?? []
            if inSource.count == inTarget.count {
                for (sourceArgument, targetArgument) in zip(inSource, inTarget) {
                    if let sourceMessage = sourceArgument.message, let targetMessage = targetArgument.message {
                        problems += branchProblems(sourceMessage, targetMessage, source: sourceArgument, target: targetArgument)
                    }
                }
            } else if !inSource.isEmpty, inTarget.count > inSource.count {
                doubled.append(Repetition(source: inSource, target: inTarget))
            } else if inTarget.count < inSource.count {
                missing += inSource.dropFirst(inTarget.count)
            } else {
                added += inTarget.dropFirst(inSource.count)
            }
        }
    }

    /// The comparison key of each placeholder. printf arguments without positions are
    /// keyed by conversion when both sides have none (their order is checked here); when
    /// either side numbers them, by the position each one takes.
    private static func keyedForComparison(
        source: [Placeholder], target: [Placeholder]
    ) -> (source: [(key: String, placeholder: Placeholder)], target: [(key: String, placeholder: Placeholder)], reorder: Problem?) {
        func isArgument(_ placeholder: Placeholder) -> Bool { placeholder.syntax == .printf && placeholder.conversion != nil }
        let sourceArguments = source.filter(isArgument)
        let targetArguments = target.filter(isArgument)
        let numbered = (sourceArguments + targetArguments).contains { $0.position != nil }
        var reorder: Problem?
        if !numbered, sourceArguments.count > 1, sourceArguments.map(\.identity).sorted() == targetArguments.map(\.identity).sorted(),
           sourceArguments.map(\.identity) != targetArguments.map(\.identity) {
            reorder = Problem(
                message: "the translation reorders printf arguments without positions (\(sourceArguments.map(\.quoted).joined(separator: " … ")) "
                    + "became \(targetArguments.map(\.quoted).joined(separator: " … "))): number them (`%1$…`, `%2$…`) to reorder",
                sourceBytes: sourceArguments.map(\.bytes), targetBytes: targetArguments.map(\.bytes))
        }
        func keyed(_ placeholders: [Placeholder]) -> [(key: String, placeholder: Placeholder)] {
            var next = 0
            return placeholders.map { placeholder in
                guard isArgument(placeholder), numbered, let conversion = placeholder.conversion else { return (placeholder.identity, placeholder) }
                let position = placeholder.position ?? { next += 1; return next }()
                return ("%\(position)$\(conversion)", placeholder)
            }
        }
        return (keyed(source), keyed(target), reorder)
    }

    private static func orderedKeys(_ source: [(key: String, placeholder: Placeholder)], _ target: [(key: String, placeholder: Placeholder)]) -> [String] {
        var seen: Set<String> = []
        return (source + target).map(\.key).filter { seen.insert($0).inserted }
    }

    // MARK: - ICU branches

    private static let pluralCategories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    private func branchProblems(_ source: ICUArgument, _ target: ICUArgument, source sourcePlaceholder: Placeholder, target targetPlaceholder: Placeholder) -> [Problem] {
        var problems: [Problem] = []
        let sourceKeys = source.branches.map(\.key)
        let targetKeys = target.branches.map(\.key)
        let required: [String] = source.kind == "select" ? sourceKeys : sourceKeys.filter { $0 == "other" }
        let absent = required.filter { !targetKeys.contains($0) }
        if !absent.isEmpty {
            problems.append(Problem(
                message: "\(source.kind) `{\(source.name)}` lost its \(absent.map { "`\($0)`" }.joined(separator: ", ")) branch\(absent.count > 1 ? "es" : "")",
                sourceBytes: [sourcePlaceholder.bytes], targetBytes: [targetPlaceholder.bytes]))
        }
        let unknown = targetKeys.filter { key in
            !sourceKeys.contains(key) && !(source.kind != "select" && Self.pluralCategories.contains(key))
        }
        if !unknown.isEmpty {
            problems.append(Problem(
                message: "\(source.kind) `{\(source.name)}` has branch\(unknown.count > 1 ? "es" : "") \(unknown.map { "`\($0)`" }.joined(separator: ", ")) the source does not have",
                sourceBytes: [sourcePlaceholder.bytes], targetBytes: [targetPlaceholder.bytes]))
        }
        for (key, targetBranch) in target.branches {
            guard let sourceBranch = source.branch(key) ?? source.branch("other") else { continue }
            problems += self.problems(source: sourceBranch, target: targetBranch, targetText: nil).map { problem in
                var problem = problem
                problem.message = "in the `\(key)` branch of `{\(source.name)}`, " + problem.message
                return problem
            }
        }
        return problems
    }

    // MARK: - Missing and added

    /// Pairs what is missing with what is added where one is a misspelling or renumbering of
    /// the other, looks for the garbled remains of the rest in the translation (`% @`, `％@`,
    /// `{ name }`), and reports what is left as missing or added.
    private func explained(missing: [Placeholder], added: [Placeholder], doubled: [Repetition], targetText: String?) -> [Problem] {
        var problems: [Problem] = []
        var missing = missing
        var added = added
        var doubled = doubled
        for missingPlaceholder in missing {
            let replacement: Placeholder
            if let index = added.firstIndex(where: { Self.isRenumbering(missingPlaceholder, as: $0) || Self.isMisspelling(missingPlaceholder, as: $0) }) {
                replacement = added.remove(at: index)
            } else if let index = doubled.firstIndex(where: { Self.isRenumbering(missingPlaceholder, as: $0.target[0]) }) {
                replacement = doubled[index].target.last!
                doubled[index].target.removeLast()
                if doubled[index].target.count == doubled[index].source.count { doubled.remove(at: index) }
            } else {
                continue
            }
            let kind = Self.isRenumbering(missingPlaceholder, as: replacement) ? "renumbered" : "misspelt"
            problems.append(Problem(
                message: "\(missingPlaceholder.quoted) is \(kind) as \(replacement.quoted)",
                sourceBytes: [missingPlaceholder.bytes], targetBytes: [replacement.bytes]))
            missing.removeAll { $0 == missingPlaceholder }
        }
        if let targetText, !missing.isEmpty {
            var garbled = LoosePlaceholders(text: targetText, scanner: scanner)
            missing.removeAll { placeholder in
                guard let remains = garbled.take(placeholder.identity) else { return false }
                problems.append(Problem(
                    message: "\(placeholder.quoted) is garbled as `\(remains.text)`",
                    sourceBytes: [placeholder.bytes], targetBytes: [remains.bytes]))
                return true
            }
        }
        for repetition in doubled {
            problems.append(Problem(
                message: "\(repetition.target[0].quoted) appears \(Self.times(repetition.target.count)) in the translation, \(Self.times(repetition.source.count)) in the source",
                sourceBytes: repetition.source.map(\.bytes), targetBytes: repetition.target.map(\.bytes)))
        }
        if !missing.isEmpty {
            problems.append(Problem(
                message: "missing from the translation: \(missing.map(\.quoted).joined(separator: ", "))",
                sourceBytes: missing.map(\.bytes)))
        }
        if !added.isEmpty {
            problems.append(Problem(
                message: "not in the source: \(added.map(\.quoted).joined(separator: ", "))",
                targetBytes: added.map(\.bytes)))
        }
        return problems
    }

    private static func isRenumbering(_ original: Placeholder, as replacement: Placeholder) -> Bool {
        original.syntax == .printf && replacement.syntax == .printf && original.conversion == replacement.conversion
            && original.position != replacement.position && replacement.position != nil
    }

    /// The same syntax with a name one or two edits away (`{nmae}` for `{name}`).
    private static func isMisspelling(_ original: Placeholder, as replacement: Placeholder) -> Bool {
        guard original.syntax == replacement.syntax, original.syntax != .printf, original.syntax != .escapes,
              original.identity.count >= 5 else { return false }
        return EditDistance.between(original.identity, replacement.identity) <= 2
    }

    private static func times(_ count: Int) -> String {
        switch count {
        case 1: "once"
        case 2: "twice"
        default: "\(count) times"
        }
    }
}
