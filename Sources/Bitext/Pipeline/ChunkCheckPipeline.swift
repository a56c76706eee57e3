import Foundation

/// Checks the chunks of a long bitext on every core while the caller reads the next one.
/// At most `workers` chunks are in flight, so memory stays bounded however long the input;
/// results are joined in chunk order, so they do not depend on which core finished first.
final class ChunkCheckPipeline: @unchecked Sendable {
    private let runner: CheckRunner
    private let queue = DispatchQueue(label: "bitext.check-chunks", attributes: .concurrent)
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var submitted = 0
    /// The next chunk to join; later chunks wait in `waiting`.
    private var nextToJoin = 0
    private var waiting: [Int: CheckRunner.ChunkResult] = [:]
    private var findings: [Finding] = []
    private var tallies = DocumentTallies()

    init(runner: CheckRunner, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.runner = runner
        slots = DispatchSemaphore(value: max(1, workers))
    }

    /// Queues a chunk; blocks while every worker is busy.
    func submit(_ chunk: AlignedBitext) {
        slots.wait()
        let number = submitted
        submitted += 1
        group.enter()
        queue.async { [self] in
            let result = runner.checkChunk(chunk)
            join(result, number: number)
            slots.signal()
            group.leave()
        }
    }

    private func join(_ result: CheckRunner.ChunkResult, number: Int) {
        lock.lock()
        defer { lock.unlock() }
        waiting[number] = result
        while let next = waiting.removeValue(forKey: nextToJoin) {
            findings += next.findings
            tallies.append(next)
            nextToJoin += 1
        }
    }

    /// Waits for the chunks in flight; then every finding, pair checks' and document checks',
    /// in reading order. `document` names the files.
    func finish(document: AlignedBitext) -> [Finding] {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return runner.ordered(findings + tallies.findings(in: document, runner: runner))
    }

    /// Waits for the chunks in flight, for when reading failed and their results are not wanted.
    func abandon() {
        group.wait()
    }
}
