import Foundation

/// Schema slips that real tools make in XLIFF 2 and that bitext reads unambiguously: such a
/// file is read with a warning naming the line and the rule, not refused; `--strict`
/// (`Diagnostics.strict`) refuses it with the schema's own message.
enum XLIFF2ToleratedSlip: CaseIterable {
    /// `state` on `<target>`, where XLIFF 1.2 has it, instead of on `<segment>`: written by
    /// Angular tool chains, by Symfony's XLIFF 2 dumper before 7.2 (its `target-attributes`
    /// metadata) and by vsc-xliff-sync before 0.7. Read as the segment's state.
    case stateOnTarget

    /// How libxml2's schema validator reports the slip: all of these in its message.
    var schemaError: XMLStreamReader.ToleratedSchemaError {
        switch self {
        case .stateOnTarget:
            XMLStreamReader.ToleratedSchemaError(fragments: [
                "Element '{urn:oasis:names:tc:xliff:document:2.", "}target', attribute 'state': The attribute 'state' is not allowed",
            ])
        }
    }

    /// The rule broken, as the warning states it.
    var rule: String {
        switch self {
        case .stateOnTarget:
            "XLIFF 2 core: <target> has no state attribute, state belongs to <segment>; read as the segment's state"
        }
    }

    /// Warns about the slip at `line`, or, under `--strict`, refuses the file.
    func tolerate(file: String, line: Int, diagnostics: inout Diagnostics) throws {
        if diagnostics.strict {
            throw InputError(file: file, line: line, "\(rule.components(separatedBy: "; ").first ?? rule) (refused under --strict)")
        }
        diagnostics.warn("\(rule) (--strict refuses this)", file: file, line: line)
    }

    /// The slips of one file: a tool that makes one makes it on every unit, so the first is
    /// a warning with its line and the others are counted in a note at the end.
    struct Tally {
        private var counts: [XLIFF2ToleratedSlip: (count: Int, lastLine: Int)] = [:]

        mutating func tolerate(_ slip: XLIFF2ToleratedSlip, file: String, line: Int, diagnostics: inout Diagnostics) throws {
            if let seen = counts[slip] {
                counts[slip] = (seen.count + 1, line)
                return
            }
            try slip.tolerate(file: file, line: line, diagnostics: &diagnostics)
            counts[slip] = (1, line)
        }

        /// The note on the slips after the first; once, at the end of the file.
        mutating func report(file: String, to diagnostics: inout Diagnostics) {
            for slip in XLIFF2ToleratedSlip.allCases {
                guard let seen = counts[slip], seen.count > 1 else { continue }
                diagnostics.note("the same slip \(seen.count - 1) more time\(seen.count == 2 ? "" : "s"), the last at line \(seen.lastLine): \(slip.rule)", file: file)
            }
            counts = [:]
        }
    }
}
