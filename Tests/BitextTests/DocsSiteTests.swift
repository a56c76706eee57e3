import Foundation
import Testing
@testable import Bitext

/// The Istio documentation pages in `../shared/corpus/docs-istio` (Hugo Markdown, en and zh).
enum IstioDocs {
    static let folder = TestData.shared.appendingPathComponent("corpus/docs-istio")
    static let available = FileManager.default.fileExists(atPath: folder.appendingPathComponent("istio-terms.csv").path)

    static func paths(_ page: String) -> (source: String, target: String) {
        (folder.appendingPathComponent("en/docs/\(page)").path, folder.appendingPathComponent("zh/docs/\(page)").path)
    }

    static var glossary: Glossary {
        get throws {
            var diagnostics = Diagnostics()
            return try GlossaryLoader.load(path: folder.appendingPathComponent("istio-terms.csv").path, diagnostics: &diagnostics)
        }
    }

    static func audit(_ page: String, glossary: Glossary = .empty) throws -> AuditResult {
        let (source, target) = paths(page)
        return try Auditor(options: Auditor.Options(glossary: glossary)).audit(sourcePath: source, targetPath: target)
    }

    static func align(_ page: String) throws -> (pairs: AlignedDocumentPair, diagnostics: Diagnostics) {
        let (source, target) = paths(page)
        var diagnostics = Diagnostics()
        let pairs = try Auditor().align(sourcePath: source, targetPath: target, diagnostics: &diagnostics)
        return (pairs, diagnostics)
    }

    static func blocks(_ path: String) throws -> [Block] {
        var diagnostics = Diagnostics()
        return try DocumentLoader.load(path: folder.appendingPathComponent(path).path, diagnostics: &diagnostics).blocks
    }
}

@Suite("Documentation sites: real Istio pages", .enabled(if: IstioDocs.available, "../shared/corpus/docs-istio is not beside the checkout"))
struct DocsSiteTests {
    @Test func frontMatterTitlesAndDescriptionsAreSegmentsAndAPageOfOnlyFrontMatterIsNormal() throws {
        let (aligned, diagnostics) = try IstioDocs.align("ops/_index.md")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(aligned.source.language == .english && aligned.target.language == .chinese)
        let pairs = AlignedBitext(source: aligned.source, target: aligned.target, alignment: aligned.alignment).pairs
        #expect(pairs.map(\.sourceText) == ["Operations", "Concepts, tools, and techniques to deploy and manage an Istio mesh."])
        #expect(pairs.map(\.targetText) == ["运维", "关于部署和管理 Istio 网格的概念、工具和技术。"])
        #expect(aligned.target.segments.map(\.line) == [2, 3])
        // `aliases`, `weight`, `owner` and the rest stay structure.
        #expect(!aligned.target.segments.contains { $0.text.contains("/zh/") })
    }

    @Test func codeShortcodesAndBlockShortcodesAreNotProse() throws {
        let (aligned, _) = try IstioDocs.align("setup/getting-started/index.md")
        for document in [aligned.source, aligned.target] {
            #expect(!document.segments.contains { $0.text.contains("{{< text") || $0.text.contains("{{< /text") }, "\(document.path)")
            #expect(!document.segments.contains { $0.text.contains("$ istioctl") || $0.text.hasPrefix("{{< tip") })
        }
        let blocks = try IstioDocs.blocks("en/docs/setup/getting-started/index.md")
        let code = try #require(blocks.first { $0.text.contains("$ curl -L https://istio.io/downloadIstio") })
        #expect(code.kind == .verbatim && code.text.hasPrefix("    {{< text bash >}}") && code.text.hasSuffix("{{< /text >}}"))
        // A shortcode written over four lines is one structure block.
        let image = try IstioDocs.blocks("en/docs/setup/install/multicluster/multi-primary/index.md")
            .first { $0.text.contains("caption=\"Multiple primary clusters on the same network\"") }
        #expect(image?.kind == .verbatim && image?.line == 22 && image?.endLine == 25)
    }

    @Test func headingIdsAreStructure() throws {
        let blocks = try IstioDocs.blocks("zh/docs/concepts/traffic-management/index.md")
        let headings = blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.contains("虚拟服务"))
        #expect(!headings.contains { $0.contains("{#") })
    }

    @Test func aLinkOnlyLineInsideAParagraphBelongsToItsSentence() throws {
        let opening = try IstioDocs.blocks("en/docs/ops/configuration/mesh/app-health-check/index.md").first { $0.line == 17 }
        #expect(opening?.kind == .paragraph)
        #expect(opening?.text.hasSuffix("describes several ways to configure liveness and readiness probes:") == true)
        let item = try IstioDocs.blocks("en/docs/ops/common-problems/network-issues/index.md").first { $0.line == 34 }
        #expect(item?.kind == .listItem && item?.endLine == 35)
        #expect(item?.text.hasSuffix("[mutual TLS configuration conflict](#503-errors-after-setting-destination-rule).") == true)
    }

    @Test func tablesAlignRowByRowAndADifferentRowCountIsOneFinding() throws {
        let (aligned, _) = try IstioDocs.align("ops/deployment/application-requirements/index.md")
        let pairs = AlignedBitext(source: aligned.source, target: aligned.target, alignment: aligned.alignment).pairs
        let header = try #require(pairs.first { $0.sourceText == "Port | Protocol | Description | Pod-internal only" })
        #expect(header.targetText == "端口 | 协议 | 描述 | 仅限 Pod 内部")
        let row = try #require(pairs.first { $0.sourceText.hasPrefix("15000 | TCP |") })
        #expect(row.targetText == "15000 | TCP | Envoy 管理端口（命令/诊断） | 是")
        // The delimiter row is structure.
        #expect(!aligned.source.segments.contains { $0.text.hasPrefix("----") })

        // zh feature-stages has one row fewer in its first table: one finding, no cascade.
        let findings = try IstioDocs.audit("releases/feature-stages/index.md").findings
        let tables = findings.filter { $0.check == "table-rows" }
        #expect(tables.map(\.message) == ["the table has 16 rows in the source and 15 in the translation"])
        #expect(!findings.contains { ($0.check == "omission" || $0.check == "addition") && $0.source.text.contains(" | ") })
    }

    @Test func localizedLinksAreTheSameLinkAndAWrongOneIsStillReported() throws {
        let clean = try IstioDocs.audit("setup/getting-started/index.md").findings.filter { $0.check == "markup" }
        #expect(!clean.contains { $0.message.contains("link targets missing") }, "\(clean.map(\.message))")
        // zh points `/docs/ambient/install/platform-prerequisites` at `…/platform-preventions`.
        let wrong = try IstioDocs.audit("ambient/install/helm/index.md").findings.filter { $0.check == "markup" }
        #expect(wrong.contains { $0.message == "link targets missing in the translation: /docs/ambient/install/platform-prerequisites" })
    }

    @Test func emphasisIsCountedWhateverItsMarkers() throws {
        // en writes `_curl_`, zh writes `**curl**`: the same emphasis.
        let findings = try IstioDocs.audit("tasks/traffic-management/egress/egress-control/index.md").findings
        let emphasis = findings.filter { $0.check == "markup" && $0.message.hasPrefix("emphasis") }
        #expect(!emphasis.contains { $0.source.text.contains("_curl_") })
        var markers = CheckConfiguration.default
        var options = MarkupCheck.Options()
        options.emphasis = .markers
        markers.options[MarkupCheck.description.id] = options
        let (source, target) = IstioDocs.paths("tasks/traffic-management/egress/egress-control/index.md")
        let strict = try Auditor(options: Auditor.Options(checks: markers)).audit(sourcePath: source, targetPath: target).findings
        #expect(strict.contains { $0.check == "markup" && $0.message.hasPrefix("bold") && $0.source.text.contains("_curl_") })
    }

    @Test func emphasisTheTranslationAddsOrTurnsIntoCodeIsNotLost() throws {
        let models = try IstioDocs.audit("ops/deployment/deployment-models/index.md").findings
        // zh bolds 信任包 (trust bundle) where the source is plain: a style choice.
        #expect(!models.contains { $0.check == "markup" && $0.message.hasPrefix("emphasis") && $0.target.text.contains("**信任包**") })
        // `_edition.cnn.com_` → `` `edition.cnn.com` ``: still set apart.
        let egress = try IstioDocs.audit("tasks/traffic-management/egress/egress-gateway/index.md").findings
        #expect(!egress.contains { $0.check == "markup" && $0.message.hasPrefix("emphasis") && $0.source.text.contains("_edition.cnn.com_") })
        // "you must *not* configure TLS" → 您不得…: the emphasis is lost.
        let prometheus = try IstioDocs.audit("ops/integrations/prometheus/index.md").findings
        #expect(prometheus.contains { $0.message == "emphasis: 1 in the source, 0 in the target" && $0.source.text.contains("*not*") })
    }

    @Test func contentTheTranslatorMovedElsewhereInThePageIsNeitherOmittedNorAdded() throws {
        // The ambient profile item is the last of the en list and the first of the zh list;
        // the Gateway API CRD section comes earlier in the zh page.
        for (page, sourceLine, targetLine) in [("setup/additional-setup/config-profiles/index.md", 89, 45), ("ambient/install/helm/index.md", 56, 39)] {
            let findings = try IstioDocs.audit(page).findings
            #expect(!findings.contains { $0.check == "omission" && $0.source.line == sourceLine }, "\(page)")
            #expect(!findings.contains { $0.check == "addition" && $0.target.line == targetLine }, "\(page)")
        }
        // Real omissions of the rewritten page are still reported.
        let profiles = try IstioDocs.audit("setup/additional-setup/config-profiles/index.md").findings
        #expect(profiles.contains { $0.check == "omission" && $0.source.text.hasPrefix("Platform Profiles") })
        // Nor is the moved item offered to its former neighbour as "probably belongs here too".
        #expect(!profiles.contains { $0.check == "alignment" && $0.message.contains("**ambient**") })
        // A sentence the zh list item adds is an addition; its neighbour's pair, which could
        // take it at a 51/49 tie, is no alignment doubt on top of it.
        let authn = try IstioDocs.audit("tasks/security/authentication/authn-policy/index.md").findings
        #expect(authn.contains { $0.check == "addition" && $0.target.text.contains("目标规则的值是服务的端口") })
        #expect(!authn.contains { $0.check == "alignment" && $0.message.contains("目标规则的值是服务的端口") })
        let moved = TranslationOverlap(
            source: "Install or upgrade the Kubernetes Gateway API CRDs", sourceLanguage: .english,
            target: "安装或升级 Kubernetes Gateway API CRD", targetLanguage: .chinese)
        let unrelated = TranslationOverlap(
            source: "Install or upgrade the Kubernetes Gateway API CRDs", sourceLanguage: .english,
            target: "请注意，Istio 对用户身份没有任何特殊的内置机制。", targetLanguage: .chinese)
        #expect(moved.sourceCoverage >= 0.6 && moved.targetCoverage >= 0.6)
        #expect(unrelated.sourceCoverage < 0.4)
    }

    @Test func aCondensedTranslationOfAWholeParagraphIsNotAnAlignmentDoubt() throws {
        // "…for pods that are on the host network." → `hostNetwork：true` 的 Pod…: the last
        // sentence of its paragraph on both sides, after a confident pair.
        let injection = try IstioDocs.audit("ops/common-problems/injection/index.md").findings
        #expect(!injection.contains { $0.check == "alignment" && $0.source.line == 21 })
        // A sentence paired with unrelated text in a rewritten region has nowhere likelier to
        // go, so it is no alignment doubt; the comparison of its two sides reports it (its
        // link and inline code are not in the translation).
        let profiles = try IstioDocs.audit("setup/additional-setup/config-profiles/index.md").findings
        let rewritten = profiles.filter { $0.source.text.contains("deployment profile value sets are defined here") }
        #expect(rewritten.contains { $0.check == "markup" })
        #expect(!rewritten.contains { $0.check == "alignment" })
    }

    @Test func variantsThatDifferOnlyByParticlesAreOneTranslation() throws {
        let metrics = try IstioDocs.audit("reference/config/metrics/index.md").findings
        #expect(!metrics.contains { $0.check == "same-source-different-target" && $0.message.contains("当使用对等身份验证时设置") })
        // 密钥 (a crypto key) and 键 (a map key) are two translations.
        let ingress = try IstioDocs.audit("tasks/traffic-management/ingress/secure-ingress/index.md").findings
        #expect(ingress.contains { $0.check == "same-source-different-target" && $0.message.contains("`cacert` 密钥") })
        #expect(RepeatedSegments.differOnlyInChineseFunctionWords("验证对 9000 端口的请求是否被拒绝。", "验证到 9000 端口的请求是否被拒绝。"))
        #expect(!RepeatedSegments.differOnlyInChineseFunctionWords("不需要的时候,使用下面命令移除它:", "不需要的时候,使用下面命令移除它。"))
        #expect(!RepeatedSegments.differOnlyInChineseFunctionWords("请求会被拒绝。", "请求不会被拒绝。"))
    }

    @Test func glossaryTermsInCodeURLsShortcodesAndIdentifiersAreNotTerms() throws {
        let glossary = try IstioDocs.glossary
        let result = try IstioDocs.audit("ambient/architecture/data-plane/index.md", glossary: glossary)
        // `{{< gloss "data plane" >}}数据平面{{< /gloss >}}`: the argument is not a Latin rendering.
        #expect(!result.findings.contains { $0.check == "inconsistent-term" && $0.message.contains("data plane ×") })
        // `/docs/ambient/usage/add-workloads/#ambient-labels` holds no "workloads".
        #expect(!result.findings.contains { $0.check == "term-missing" && $0.source.text.hasPrefix("See [labels]") })
        let matcher = TermMatcher(glossary: glossary)
        #expect(matcher.sourceMatches(in: "Check the cnn-egress-gateway-istio pod and the istio-namespace label.").isEmpty)
        #expect(matcher.sourceMatches(in: "The egress gateway in the namespace.").count == 2)
        // The report's term table reads the prose too: `…/networking/sidecar/#Sidecar` in a
        // link target is no rendering of "sidecar"; the link text 'Sidecar' is.
        let traffic = try IstioDocs.audit("concepts/traffic-management/index.md", glossary: glossary)
        let table = TermRenderingTable(bitext: traffic.bitext, glossary: traffic.glossary)
        let pair = try #require(traffic.bitext.pairs.first { $0.targetText.contains("(/zh/docs/reference/config/networking/sidecar/#Sidecar)") })
        let marked = table.occurrences[pair.index].target.map { occurrence in
            String(decoding: Array(pair.targetText.utf16)[occurrence.span.start..<occurrence.span.end], as: UTF16.self)
        }
        #expect(marked == ["Sidecar"], "\(marked)")
    }

    /// A translation keeping its English original in comments, as Chinese docs teams do,
    /// built from a real page pair; then one source paragraph is edited.
    @Test func aKeptOriginalThatTheSourceNoLongerHasIsAStaleTranslation() throws {
        let (sourcePath, targetPath) = IstioDocs.paths("overview/what-is-istio/index.md")
        let english = try TestData.text(URL(fileURLWithPath: sourcePath))
        let paragraphs = try IstioDocs.blocks("en/docs/overview/what-is-istio/index.md").filter { $0.kind == .paragraph }.prefix(3).map(\.text)
        #expect(paragraphs.count == 3)
        let chinese = try TestData.text(URL(fileURLWithPath: targetPath))
        let kept = chinese + "\n" + paragraphs.enumerated().map { "<!--\n\($0.element)\n-->\n第 \($0.offset + 1) 段的中文译文，内容与上面的英文原文相对应。\n" }.joined(separator: "\n")
        let edited = english.replacingOccurrences(of: paragraphs[1], with: paragraphs[1].replacingOccurrences(of: " the ", with: " a "))
        #expect(edited != english)
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("en.md").path
        let target = directory.appendingPathComponent("zh.md").path
        try kept.write(toFile: target, atomically: true, encoding: .utf8)
        try english.write(toFile: source, atomically: true, encoding: .utf8)
        #expect(try Auditor().audit(sourcePath: source, targetPath: target).findings.filter { $0.check == "stale-translation" }.isEmpty)
        try edited.write(toFile: source, atomically: true, encoding: .utf8)
        let stale = try Auditor().audit(sourcePath: source, targetPath: target).findings.filter { $0.check == "stale-translation" }
        #expect(stale.count == 1)
        #expect(stale.first?.target.text.hasPrefix(paragraphs[1]) == true)
        #expect(stale.first?.target.text.hasSuffix("第 2 段的中文译文，内容与上面的英文原文相对应。") == true)
    }

    @Test func theWholeSiteChecksWithEveryPageInItsLanguagesAndNoError() throws {
        let enFolder = IstioDocs.folder.appendingPathComponent("en").path
        let pages = try FileManager.default.subpathsOfDirectory(atPath: enFolder).filter { $0.hasSuffix(".md") }.sorted()
        #expect(pages.count == 97)
        let pairs = pages.map { FilePair(source: enFolder + "/" + $0, target: IstioDocs.folder.appendingPathComponent("zh").path + "/" + $0) }
        let results = BatchAuditor(auditor: Auditor(options: Auditor.Options(glossary: try IstioDocs.glossary))).audit(pairs)
        var findings = 0
        for (pair, result) in zip(pairs, results) {
            let audit = try result.get()
            #expect(audit.bitext.sourceLanguage == .english && audit.bitext.targetLanguage == .chinese, "\(pair.target)")
            #expect(!audit.diagnostics.contains { $0.level == .error || $0.message.contains("both English") }, "\(pair.target)")
            findings += audit.findings.count
            // English editorial notes in comments, kept on both sides or (feature-stages)
            // dropped from en since, are not kept originals.
            #expect(!audit.findings.contains { $0.check == "stale-translation" }, "\(pair.target)")
            // Code shortcodes never reach the checks as prose.
            #expect(!audit.findings.contains { $0.check == "untranslated" && $0.source.text.contains("{{< text") })
        }
        // 3,099 findings before docs sites were understood (SOURCE.md); reading a sample
        // found most of what is left worth a reviewer's time (docs/precision).
        #expect(findings < 500)
    }
}

@Suite("Documentation sites: generator syntax")
struct DocsSiteSyntaxTests {
    @Test func englishKeptInCommentsDoesNotMakeAChinesePageEnglish() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let english = "Istio is an open source service mesh that layers transparently onto existing distributed applications. Its powerful features provide a uniform and more efficient way to secure, connect, and monitor services."
        let page = "---\ntitle: What is Istio?\n---\n\n<!-- \(english) -->\n<!-- \(english) -->\nIstio 是一个开源服务网格。\n"
        let path = directory.appendingPathComponent("index.md").path
        try page.write(toFile: path, atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let document = try DocumentLoader.load(path: path, diagnostics: &diagnostics)
        #expect(document.language == .chinese)
        #expect(document.blocks.filter(\.isTranslatable).map(\.text) == ["What is Istio?", "Istio 是一个开源服务网格。"])
    }

    @Test func aPairWithOnlyStructureIsANoteNotAnError() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("en.md").path
        let target = directory.appendingPathComponent("zh.md").path
        try "---\nweight: 5\n---\n\n![](a.png)\n".write(toFile: source, atomically: true, encoding: .utf8)
        try "---\nweight: 5\n---\n\n![](a.png)\n".write(toFile: target, atomically: true, encoding: .utf8)
        let result = try Auditor().audit(sourcePath: source, targetPath: target)
        #expect(result.findings.isEmpty && result.bitext.pairs.isEmpty)
        #expect(result.diagnostics.map(\.level) == [.note, .note])
        #expect(result.diagnostics.allSatisfy { $0.message.hasPrefix("has no text to check") })
    }

    @Test func admonitionsComponentsAndTOMLFrontMatterAreStructure() throws {
        let blocks = try MarkdownReaderTests.read("""
        +++
        title = "Install \\"Istio\\""
        weight = 10
        +++
        import Tabs from '@theme/Tabs';

        :::note Before you begin
        Read the overview first.
        :::

        <Tabs>
        <TabItem value="helm" label="Helm">
        Install it with Helm.
        </TabItem>
        </Tabs>

        !!! tip "Quick start"
            Use the demo profile.

        ## Virtual services {#virtual-services}

        {{< warning >}}
        Do not do this in production.
        {{< /warning >}}
        """)
        let text = blocks.filter(\.isTranslatable).map(\.text)
        #expect(text == ["Install \"Istio\"", "Read the overview first.", "Install it with Helm.", "Use the demo profile.", "Virtual services", "Do not do this in production."])
        #expect(blocks.first { $0.kind == .metadata }?.line == 2)
    }

    @Test func frontMatterKeysAndLinkPrefixesAreConfigurable() throws {
        var diagnostics = Diagnostics()
        let configuration = try ProjectConfiguration.parse(
            "markdown:\n  front-matter: [title, excerpt]\nlinks:\n  map: {\"/guide/\": \"/zh-hans-guide/\"}\nchecks:\n  markup:\n    emphasis: markers\n",
            path: ".bitext.yml", diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(configuration.reading.frontMatterKeys == ["title", "excerpt"])
        let markup = try #require(configuration.checks.options["markup"] as? MarkupCheck.Options)
        #expect(markup.emphasis == .markers && markup.linkMap == [LinkPrefixMapping(source: "/guide/", target: "/zh-hans-guide/")])

        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("en.md").path
        let target = directory.appendingPathComponent("zh.md").path
        try "---\ntitle: Install\nexcerpt: How to install it.\ndescription: Not translated here.\n---\n\nSee [the steps](/guide/install/) and [the API](/api/).\n"
            .write(toFile: source, atomically: true, encoding: .utf8)
        try "---\ntitle: 安装\nexcerpt: 如何安装。\ndescription: Not translated here.\n---\n\n请参阅[步骤](/zh-hans-guide/install/)和 [API](/zh-hans-guide/api/)。\n"
            .write(toFile: target, atomically: true, encoding: .utf8)
        var options = Auditor.Options(checks: configuration.checks)
        options.reading = configuration.reading
        let result = try Auditor(options: options).audit(sourcePath: source, targetPath: target)
        #expect(result.bitext.pairs.map(\.sourceText) == ["Install", "How to install it.", "See [the steps](/guide/install/) and [the API](/api/)."])
        // The mapped prefix is the same link; `/api/` written as `/zh-hans-guide/api/` is not.
        let links = result.findings.filter { $0.check == "markup" }.map(\.message)
        #expect(links == ["link targets missing in the translation: /api/"])
    }

    /// Sentences of the Istio docs whose numbers the translation says another way.
    @Test func numbersSaidAnotherWayInDocsAreNotFindings() {
        for (english, chinese) in [
            ("This virtual service introduces a 5 second delay for 1 out of every 1000 requests.", "下面的虚拟服务为千分之一的请求配置了一个 5 秒的延迟。"),
            ("It supports gRPC, HTTP and HTTP/2 natively.", "原生支持 gRPC、HTTP 和 HTTP2。"),
            ("The L4 (TCP) features behave the same.", "四层（TCP）特性的行为相同。"),
            ("The two parties must exchange credentials.", "双方必须交换凭证。"),
            ("It does not yet cover 100% of Istio's feature set.", "它还没有涵盖 Istio 的全部特性。"),
            ("Our examples use two namespaces `foo` and `bar`, with two services, `httpbin` and `curl`, both running with an Envoy proxy.",
             "本例中我们将在 `foo` 和 `bar` 命名空间下各自创建带有 Envoy 代理（Sidecar）的 `httpbin` 和 `curl` 服务。"),
        ] {
            let findings = NumbersCheck().run(on: CheckExample(english, chinese).bitext(), context: CheckContext(severity: .error))
            #expect(findings.isEmpty, "\(english): \(findings.map(\.message))")
        }
        let changed = NumbersCheck().run(on: CheckExample("Only 1 out of every 1000 requests fails.", "只有百分之一的请求失败。").bitext(), context: CheckContext(severity: .error))
        #expect(!changed.isEmpty)
        // A count whose items the translation does not name is still lost.
        let lost = NumbersCheck().run(
            on: CheckExample("Use two namespaces `foo` and `bar`.", "使用 `foo` 命名空间。").bitext(), context: CheckContext(severity: .error))
        #expect(lost.contains { $0.message.hasPrefix("source number two") })
    }

    @Test func theBatchReportSaysPerPageWhatWasFoundAndWhatCommentsSuppressed() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = [
            ("a-en.md", "It took 5 years and cost 3 million dollars.\n"),
            ("a-zh.md", "<!-- bitext-disable numbers -->\n这花了 6 年，耗资 300 万美元。\n"),
            ("b-en.md", "It took 5 years.\n"),
            ("b-zh.md", "这花了 6 年。\n"),
        ]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let pairs = ["a", "b"].map { FilePair(source: directory.appendingPathComponent("\($0)-en.md").path, target: directory.appendingPathComponent("\($0)-zh.md").path) }
        let results = try BatchAuditor(auditor: Auditor()).audit(pairs).map { try $0.get() }
        #expect(results[0].findings.isEmpty && results[0].suppressedByCheck == ["numbers": 1])
        #expect(AuditSummary(results[0]).suppressedByCheck == ["numbers": 1] && AuditSummary(results[1]).suppressedByCheck == nil)
        let lines = CheckReportText.pageLines(CheckReport(results: results, isBatch: true))
        #expect(lines == [
            "\(pairs[0].target): 0 findings; 1 suppressed by comments (numbers ×1)",
            "\(pairs[1].target): 1 finding (1 error)",
        ])
    }

    @Test func acronymsMatchInCapitalsOnlyAndNamesSurviveHyphens() {
        let matcher = TermMatcher(glossary: Glossary(terms: [
            GlossaryTerm(sourceForms: ["GET"], accepted: ["GET"]),
            GlossaryTerm(sourceForms: ["API server"], accepted: ["API 服务器"]),
            GlossaryTerm(sourceForms: ["Istio"], accepted: ["Istio"]),
        ]))
        #expect(matcher.sourceMatches(in: "Get the pods, then send a GET request.").map(\.text) == ["GET"])
        #expect(matcher.sourceMatches(in: "Restart the kube-apiserver, not the API server.").map(\.text) == ["API server"])
        #expect(matcher.sourceMatches(in: "Istio-specific settings live in config.istio.io.").map(\.text) == ["Istio"])
    }

    @Test func proseMaskingKeepsOffsetsAndHidesCodeLinksAndShortcodes() {
        let text = "Run `istioctl x` per [the guide](/zh/docs/setup/) 和 {{< gloss \"data plane\" >}}数据平面{{< /gloss >}}，见 https://istio.io/latest。"
        let prose = MarkdownProse.masked(text)
        #expect(prose.utf8.count == text.utf8.count)
        #expect(!prose.contains("istioctl") && !prose.contains("/zh/docs") && !prose.contains("gloss") && !prose.contains("istio.io"))
        #expect(prose.contains("Run") && prose.contains("[the guide") && prose.contains("数据平面") && prose.hasSuffix("。"))
        #expect(LocalizedLink.unlocalized("/zh/docs/setup/") == LocalizedLink.unlocalized("/docs/setup"))
        #expect(LocalizedLink.unlocalized("https://kubernetes.io/zh-cn/docs/concepts/") == "https://kubernetes.io/docs/concepts")
        #expect(LocalizedLink.unlocalized("/zh/docs/setup/#a") != LocalizedLink.unlocalized("/docs/setup/#b"))
    }
}
