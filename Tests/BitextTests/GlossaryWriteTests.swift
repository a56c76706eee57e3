import Foundation
import Testing
@testable import Bitext

@Suite struct GlossaryWriteTests {
    /// `glossary convert terms.csv terms.csv` must not replace the user's glossary.
    @Test func convertingOntoTheInputIsRefusedAndTheInputKept() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("terms.csv").path
        let original = "source,target,forbidden,note\nDeepSeek|Deep Seek,DeepSeek,深海|深度探索,model name\n"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(path: path, diagnostics: &diagnostics)
        #expect(throws: InputError.self) { try GlossaryLoader.write(glossary, to: path, inputs: [path]) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }
}
