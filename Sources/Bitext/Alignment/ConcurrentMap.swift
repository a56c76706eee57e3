import Foundation

/// `compute(0..<count)` in index order, the work split into contiguous chunks run on all
/// cores: each value depends only on its index, so the result does not depend on scheduling.
func concurrentMap<Value: Sendable>(count: Int, _ compute: @escaping @Sendable (Int) -> Value) -> [Value] {
    let chunkCount = min(count, 2 * ProcessInfo.processInfo.activeProcessorCount)
    guard chunkCount > 1 else { return (0..<count).map(compute) }
    let chunks = ResultSlots<[Value]>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let range = (count * chunk / chunkCount)..<(count * (chunk + 1) / chunkCount)
        chunks.set(chunk, range.map(compute))
    }
    return chunks.values.flatMap { $0 ?? [] }
}
