import Foundation
import Testing
@testable import Bitext

@Suite struct SuppressionsTests {
    /// Two real turns whose translation has half-width commas; one is silenced by a comment.
    @Test func commentSilencesTheNamedCheckOnTheNextBlockOnly() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.md")
        let target = folder.appendingPathComponent("zh.md")
        try """
            **Nathan Lambert:** It's the ability to do what is called test time compute, and the model thinks.

            **Dylan Patel:** There's a lot of hype in the media, and it's worth reading the paper.
            """.write(to: source, atomically: true, encoding: .utf8)
        try """
            <!-- bitext-disable punctuation -->
            **Nathan Lambert：** 这是进行所谓的测试时间计算的能力,模型会思考。

            **Dylan Patel：** 媒体上有很多炒作,值得阅读这篇论文。
            """.write(to: target, atomically: true, encoding: .utf8)
        let result = try Auditor().audit(sourcePath: source.path, targetPath: target.path)
        let punctuation = result.findings.filter { $0.check == "punctuation" }
        #expect(punctuation.map(\.target.line) == [4])
    }

    @Test func commentWithoutIdsSilencesEveryCheck() {
        #expect(Suppressions.checks(in: "<!-- bitext-disable -->") == [])
        #expect(Suppressions.checks(in: "<!-- bitext-disable numbers, markup -->") == ["numbers", "markup"])
        #expect(Suppressions.checks(in: "<!-- an ordinary comment -->") == nil)
    }
}
