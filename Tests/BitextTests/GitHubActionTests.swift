import Foundation
import Testing
@testable import Bitext

/// `action.yml` (a composite action) and the example workflow that uses it: every input the
/// steps read is declared, the example passes only declared inputs, and the archive the
/// action downloads is the one `Scripts/release` names.
@Suite struct GitHubActionTests {
    static let action = TestData.repositoryRoot.appendingPathComponent("action.yml")
    static let workflow = TestData.repositoryRoot.appendingPathComponent("Examples/ci/github-workflow.yml")

    /// The keys of the `inputs:` mapping (two-space indented names).
    static func declaredInputs(_ text: String) -> Set<String> {
        var inputs: Set<String> = []
        var inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("inputs:") { inside = true; continue }
            if inside, let first = line.first, first != " " && first != "#" { inside = false }
            if inside, line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") {
                inputs.insert(String(line.dropFirst(2).dropLast()))
            }
        }
        return inputs
    }

    @Test func stepsReadOnlyDeclaredInputsAndTheExampleGivesOnlyThose() throws {
        let action = try TestData.text(Self.action)
        let inputs = Self.declaredInputs(action)
        #expect(inputs == ["pairs", "glossaries", "fail-on", "baseline", "upload-sarif", "version"])
        let expression = try NSRegularExpression(pattern: #"inputs\.([A-Za-z0-9_-]+)"#)
        let used = Set(expression.matches(in: action, range: NSRange(action.startIndex..., in: action)).map {
            String(action[Range($0.range(at: 1), in: action)!])
        })
        #expect(used.isSubset(of: inputs), "undeclared: \(used.subtracting(inputs))")
        #expect(action.contains("using: composite"))
        #expect(action.contains("bitext-$VERSION-linux-$(uname -m)"))
        #expect(try TestData.text(TestData.repositoryRoot.appendingPathComponent("Scripts/release")).contains(#"name="bitext-$version-linux-$(uname -m)""#))
        #expect(action.contains("--format sarif") && action.contains("upload-sarif@"))

        let workflow = try TestData.text(Self.workflow)
        let given = workflow.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("          "), !line.hasPrefix("           "), let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 10)..<colon])
        }
        #expect(!given.isEmpty && Set(given).isSubset(of: inputs), "\(given)")
        #expect(workflow.contains("uses: bitext/bitext@v\(BitextVersion.current)"))
        #expect(action.contains("default: \"\(BitextVersion.current)\""))
    }
}
