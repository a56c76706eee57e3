import CLibXML2
import Foundation
import Testing
@testable import Bitext

/// Batch mode on a docs tree cut from the real transcript, checked against the shipped
/// glossary: findings land on their file and line, the output does not depend on the
/// number of workers, and the combined SARIF and JUnit reports hold every pair.
@Suite struct BatchCheckTests {
    struct Run {
        var root: String
        var parts: [SplitTranscript.Part]
        var oneWorker: CheckReport
        var twoWorkers: CheckReport
    }

    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_738_540_800), toolVersion: "test")

    /// The tree written, paired by glob and checked with one and with two workers.
    static let run: Result<Run, Error> = Result {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try SplitTranscript.write(into: folder)
        let root = folder.path
        var diagnostics = Diagnostics()
        let pairs = try GlobPairing(argument: "\(root)/docs/en/**/*.md:\(root)/docs/zh/**/*.md").pairsOnDisk(diagnostics: &diagnostics)
        let glossary = try GlossaryLoader.load(
            path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path, diagnostics: &diagnostics)
        let auditor = Auditor(options: Auditor.Options(glossary: glossary))
        func report(jobs: Int) throws -> CheckReport {
            let results = try BatchAuditor(auditor: auditor, jobs: jobs).audit(pairs).map { try $0.get() }
            return CheckReport(results: results, diagnostics: diagnostics.items, isBatch: true)
        }
        return Run(root: root, parts: parts, oneWorker: try report(jobs: 1), twoWorkers: try report(jobs: 2))
    }

    @Test func everyPartIsPairedInOrder() throws {
        let run = try Self.run.get()
        #expect(run.oneWorker.results.map(\.bitext.targetPath) == run.parts.map { "\(run.root)/docs/zh/\($0.name)" })
        #expect(run.oneWorker.results.map(\.bitext.sourcePath) == run.parts.map { "\(run.root)/docs/en/\($0.name)" })
        #expect(run.oneWorker.diagnostics.isEmpty)
    }

    @Test func oneAndTwoWorkersGiveTheSameReportByteForByte() throws {
        let run = try Self.run.get()
        for format in ReportFormat.allCases {
            let reporter = format.reporter
            #expect(try reporter.render(run.oneWorker, context: Self.context) == reporter.render(run.twoWorkers, context: Self.context))
        }
    }

    /// Every line of the Chinese parts that uses 深海 (DeepSeek misheard as "deep sea") is
    /// reported in its own file at its own line, and nothing else is reported as 深海.
    @Test func forbiddenRenderingsLandOnTheirFileAndLine() throws {
        let run = try Self.run.get()
        struct Place: Hashable { var file: String; var line: Int }
        var expected: Set<Place> = []
        for part in run.parts {
            for (index, line) in part.chinese.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("深海") {
                expected.insert(Place(file: "\(run.root)/docs/zh/\(part.name)", line: index + 1))
            }
        }
        let reported = run.twoWorkers.findings.filter { $0.check == "forbidden-term" && $0.term?.found == "深海" }
        #expect(reported.allSatisfy { $0.term?.source == "DeepSeek" })
        #expect(Set(reported.compactMap { finding in finding.target.line.map { Place(file: finding.target.file ?? "", line: $0) } }) == expected)
        #expect(Set(expected.map(\.file)).count >= 2, "the real errors are spread over several parts")
    }

    @Test(.needsSharedData) func batchSARIFValidatesWithOneRunAndEveryFile() throws {
        let run = try Self.run.get()
        let data = try SARIFReporter().render(run.twoWorkers, context: Self.context)
        let violations = try SARIFSchema.violations(of: data)
        #expect(violations == nil, "\(violations ?? "")")
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let artifacts = try #require(runs[0]["artifacts"] as? [[String: Any]])
        let uris = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        for part in run.parts {
            #expect(uris.contains(SARIFReporter.uri("\(run.root)/docs/zh/\(part.name)")))
            #expect(uris.contains(SARIFReporter.uri("\(run.root)/docs/en/\(part.name)")))
        }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == run.twoWorkers.findings.count)
        for result in results {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let artifact = try #require(location?["artifactLocation"] as? [String: Any])
            let index = try #require(artifact["index"] as? Int)
            #expect(uris[index] == artifact["uri"] as? String)
        }
    }

    /// Parsed back with libxml2: one suite per file pair, one case per check in each, and
    /// failures exactly for the checks that reported something in that pair.
    @Test func batchJUnitHasOneSuitePerPair() throws {
        let run = try Self.run.get()
        let report = run.twoWorkers
        let data = try JUnitReporter().render(report, context: Self.context)
        let document = try XMLTree.parse(data, path: "junit.xml")
        defer { xmlFreeDoc(document) }
        let root = try #require(xmlDocGetRootElement(document))
        #expect(XMLTree.name(root) == "testsuites")
        let suites = XMLTree.children(of: root, named: "testsuite")
        #expect(suites.count == report.results.count)
        var failureTotal = 0
        for (suite, result) in zip(suites, report.results) {
            let cases = XMLTree.children(of: suite, named: "testcase")
            #expect(cases.count == CheckRegistry.all.count)
            let failed = cases.filter { !XMLTree.children(of: $0, named: "failure").isEmpty }
            let failedChecks = Set(failed.compactMap { XMLTree.attribute($0, "name") })
            #expect(failedChecks == Set(result.findings.map(\.check)))
            #expect(XMLTree.attribute(suite, "failures") == String(failed.count))
            failureTotal += failed.count
            let listed = failed.flatMap { XMLTree.children(of: $0, named: "failure") }
                .map { XMLTree.text($0).split(separator: "\n").count }.reduce(0, +)
            #expect(listed == result.findings.count, "every finding is one line of its failure")
        }
        #expect(XMLTree.attribute(root, "failures") == String(failureTotal))
    }
}
