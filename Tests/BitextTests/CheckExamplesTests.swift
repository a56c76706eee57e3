import Testing
@testable import Bitext

/// Every registered check proves its own declaration: passing examples give no finding of
/// that check, failing examples at least one. The examples also run with their Chinese in
/// Traditional script (a zh-TW or zh-HK translation), with the same verdicts; a glossary
/// stays as written, in Simplified, as a team's glossary would.
@Suite struct CheckExamplesTests {
    static let checks = CheckRegistry.all.map { CheckCase(type: $0) }

    struct CheckCase: CustomTestStringConvertible, Sendable {
        let type: any Check.Type
        var testDescription: String { type.description.id }
    }

    @Test(arguments: checks, ChineseScript.allCases)
    func passingExamplesPass(_ checkCase: CheckCase, _ script: ChineseScript) {
        let description = checkCase.type.description
        for example in description.passingExamples.map({ $0.written(in: script) }) {
            let findings = run(checkCase.type, on: example)
            #expect(findings.isEmpty, "\(description.id) flagged a passing example: \(example.source) ⇒ \(example.target): \(findings.map(\.message))")
        }
    }

    @Test(arguments: checks, ChineseScript.allCases)
    func failingExamplesFail(_ checkCase: CheckCase, _ script: ChineseScript) {
        let description = checkCase.type.description
        for example in description.failingExamples.map({ $0.written(in: script) }) {
            let findings = run(checkCase.type, on: example)
            #expect(!findings.isEmpty, "\(description.id) missed a failing example: \(example.source) ⇒ \(example.target)")
            #expect(findings.allSatisfy { $0.severity == description.defaultSeverity })
        }
    }

    @Test(arguments: checks)
    func declarationIsComplete(_ checkCase: CheckCase) {
        let description = checkCase.type.description
        #expect(description.id.allSatisfy { $0.isLowercase || $0 == "-" }, "ids are kebab-case")
        #expect(!description.summary.isEmpty && !description.name.isEmpty)
        #expect(!description.passingExamples.isEmpty, "\(description.id) needs a passing example")
        #expect(!description.failingExamples.isEmpty, "\(description.id) needs a failing example")
        for prerequisite in description.prerequisites {
            #expect(CheckRegistry.check(withID: prerequisite) != nil, "\(description.id) names an unknown prerequisite “\(prerequisite)”")
            #expect(prerequisite != description.id, "\(description.id) names itself as its prerequisite")
        }
        for option in description.options.options {
            #expect(!option.summary.isEmpty && !option.type.isEmpty, "\(description.id).\(option.key) is undocumented")
            // The documented default is a value the option accepts.
            var configuration = CheckConfiguration()
            #expect(throws: Never.self, "\(description.id).\(option.key) refuses its own default") {
                try configuration.setOption(option.key, to: option.defaultValue, for: checkCase.type)
            }
        }
    }

    @Test func idsAreUnique() {
        let ids = CheckRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
    }

    /// Through the runner, as a real run checks: with the placeholder masking and the pairs
    /// `CheckExemptions` keeps from the check (a `translate="no"` unit).
    private func run(_ type: any Check.Type, on example: CheckExample) -> [Finding] {
        CheckRunner(checks: [type], glossary: Glossary(terms: example.glossary)).run(on: example.bitext())
            .filter { $0.check == type.description.id }
    }
}

extension CheckExample {
    /// The example with its Chinese (either side, Markdown or not) written in `script`.
    func written(in script: ChineseScript) -> CheckExample {
        isMarkdown
            ? CheckExample(markdownSource: script.write(source), markdownTarget: script.write(target), glossary: glossary)
            : CheckExample(
                script.write(source), script.write(target), glossary: glossary, unitAttributes: unitAttributes,
                targetLanguageTag: targetLanguageTag)
    }
}
