import Testing
@testable import Bitext

@Suite struct LanguageTests {
    @Test func detectsChineseAndEnglish() {
        #expect(Language.detect("以下是与 Dylan Patel 和 Nathan Lambert 的对话。") == .chinese)
        #expect(Language.detect("The following is a conversation with Dylan Patel.") == .english)
        #expect(Language.detect("  123 ... ") == nil)
    }

    @Test func severitiesAreOrdered() {
        #expect(Severity.error > .warning)
        #expect(Severity.warning > .info)
        #expect(Severity.allCases.max() == .error)
    }
}
