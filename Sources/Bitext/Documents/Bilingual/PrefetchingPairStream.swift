import Foundation

/// Reads a stream's pairs on a thread of its own, a few batches ahead of the caller, so that
/// parsing one part of a file and writing another run on two cores at once. The batches
/// waiting are bounded, so memory stays bounded; the pairs come out in file order, and a
/// reading error is thrown where the caller would have met it.
final class PrefetchingPairStream: @unchecked Sendable {
    private enum Batch {
        case pairs([AlignedPair])
        case failed(any Error)
        case ended
    }

    private let condition = NSCondition()
    private var ready: [Batch] = []
    private var current: [AlignedPair] = []
    private var position = 0
    private var cancelled = false
    private var finished = false
    private var readerDiagnostics = Diagnostics()
    private let done = DispatchGroup()

    /// `stream` is read only by the reading thread from here on.
    init(_ stream: any BitextUnitStream, batchSize: Int = 256, batchesAhead: Int = 8) {
        let unsafeStream = UncheckedSendable(stream)
        done.enter()
        Thread.detachNewThread { [self] in
            var diagnostics = Diagnostics()
            var ended = false
            while !ended {
                var batch: [AlignedPair] = []
                batch.reserveCapacity(batchSize)
                var outcome: [Batch]
                do {
                    while batch.count < batchSize, let pair = try unsafeStream.value.next(diagnostics: &diagnostics) {
                        batch.append(pair)
                    }
                    ended = batch.count < batchSize
                    outcome = [.pairs(batch)]
                } catch {
                    // The pairs read before the error still come first.
                    ended = true
                    outcome = [.pairs(batch), .failed(error)]
                }
                condition.lock()
                while ready.count >= batchesAhead && !cancelled { condition.wait() }
                if cancelled { ended = true }
                ready += outcome
                if ended {
                    ready.append(.ended)
                    readerDiagnostics = diagnostics
                }
                condition.broadcast()
                condition.unlock()
            }
            done.leave()
        }
    }

    /// The next pair in file order, nil at the end.
    func next() throws -> AlignedPair? {
        while position == current.count {
            if finished { return nil }
            condition.lock()
            while ready.isEmpty { condition.wait() }
            let batch = ready.removeFirst()
            condition.broadcast()
            condition.unlock()
            switch batch {
            case .pairs(let pairs):
                current = pairs
                position = 0
            case .failed(let error):
                finished = true
                throw error
            case .ended:
                finished = true
                return nil
            }
        }
        position += 1
        return current[position - 1]
    }

    /// Stops reading (when the caller gave up early) and waits for the reading thread; then
    /// the diagnostics it collected, in the order it met them.
    func close() -> Diagnostics {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
        condition.lock()
        defer { condition.unlock() }
        return readerDiagnostics
    }
}

/// A value handed to exactly one other thread, which alone uses it from then on.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
