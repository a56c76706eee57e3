import Testing
@testable import Bitext

@Suite("Bead format")
struct BeadFormatTests {
    @Test("formats beads as [source]:[target], unaligned sides as []")
    func formatsBeads() {
        #expect(BeadFormat.format(Bead(source: [0, 1], target: [0], score: 0.9)) == "[0,1]:[0]")
        #expect(BeadFormat.format(Bead(source: [], target: [5], score: 0.2)) == "[]:[5]")
        let alignment = Alignment(beads: [Bead(source: [0], target: [0, 1], score: 1), Bead(source: [1], target: [], score: 1)])
        #expect(BeadFormat.format(alignment) == "[0]:[0,1]\n[1]:[]\n")
    }

    @Test("parsing what was formatted gives the same beads")
    func roundTrip() throws {
        let beads = [
            Bead(source: [0, 1], target: [0], score: 1), Bead(source: [], target: [1], score: 1),
            Bead(source: [2], target: [2, 3, 4], score: 1), Bead(source: [3], target: [], score: 1),
        ]
        let parsed = try BeadFormat.parse(BeadFormat.format(Alignment(beads: beads)), path: "round.align")
        #expect(parsed == beads)
    }

    @Test("accepts spaces, blank lines, CRLF and a trailing Vecalign score")
    func lenientInput() throws {
        let parsed = try BeadFormat.parse("[0, 1]:[ 0 ]\r\n\n[2]:[1]:0.1832\n", path: "lenient.align")
        #expect(parsed.map(\.source) == [[0, 1], [2]])
        #expect(parsed.map(\.target) == [[0], [1]])
        #expect(parsed.map(\.score) == [1, 0.1832])
    }

    @Test("scores written with the beads read back")
    func scoresRoundTrip() throws {
        let beads = [Bead(source: [0, 1], target: [0], score: 0.9731), Bead(source: [], target: [1], score: 0.25)]
        let text = BeadFormat.format(Alignment(beads: beads), scores: true)
        #expect(text == "[0,1]:[0]:0.9731\n[]:[1]:0.2500\n")
        #expect(try BeadFormat.parse(text, path: "scored.align") == beads)
    }

    @Test("a malformed bead is an error naming file and line", arguments: [
        "[0]:[x]", "[0]", "[-1]:[0]", "0:0", "[0]:[1]:fast", "[0]:[1] extra",
    ])
    func malformedBead(line: String) {
        let text = "[0]:[0]\n\n\(line)\n[3]:[3]\n"
        do {
            _ = try BeadFormat.parse(text, path: "gold/001.align")
            Issue.record("'\(line)' was accepted")
        } catch let error as InputError {
            #expect(error.position.file == "gold/001.align")
            #expect(error.position.line == 3)
            #expect(error.description.hasPrefix("gold/001.align:3: error:"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("reading a missing bead file names the file")
    func missingFile() {
        #expect(throws: InputError.self) { try AlignmentEvaluation.readBeads("/nonexistent/test.align") }
    }
}
