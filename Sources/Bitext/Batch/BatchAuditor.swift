import Foundation

/// Audits many file pairs with one `Auditor` (glossary and configuration loaded once) on a
/// fixed number of workers. Each pair is independent and results keep the order of the
/// pairs, so the output does not depend on the number of workers or on scheduling.
public struct BatchAuditor: Sendable {
    public var auditor: Auditor
    /// How many pairs are audited at the same time.
    public var jobs: Int

    public init(auditor: Auditor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.auditor = auditor
        self.jobs = max(1, jobs)
    }

    /// One result per pair, in the order of `pairs`: the audit, or the error that stopped it.
    /// `progress` is called after each pair with the number done and the total, from the
    /// worker that finished it.
    public func audit(
        _ pairs: [FilePair], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) -> [Result<AuditResult, InputError>] {
        let results = ResultSlots<Result<AuditResult, InputError>>(count: pairs.count)
        let queue = WorkQueue(count: pairs.count)
        do {
            try BilingualLexicon.loadBundled()
        } catch {
            return pairs.map { _ in .failure(error) }
        }
        let auditor = auditorSharingDomains(of: pairs)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(pairs.count, 1))) { _ in
            while let index = queue.next() {
                let pair = pairs[index]
                do {
                    results.set(index, .success(try auditor.audit(sourcePath: pair.source, targetPath: pair.target)))
                } catch let error as InputError {
                    results.set(index, .failure(error))
                } catch {
                    results.set(index, .failure(InputError(file: pair.source, "\(error)")))
                }
                progress?(queue.finish(), pairs.count)
            }
        }
        return results.values.map { $0! }
    }
}

extension BatchAuditor {
    /// The auditor with `wrong-sense` reading the technology pack on every page when the
    /// sources together are about computing (`SenseDomain.isTechnology`), unless its domains
    /// are configured. Only that domain is shared: a site that mentions GPUs on three pages is
    /// not about models on the others. Sources are read as UTF-8 until the telltales are found:
    /// a file in another encoding only shows none.
    func auditorSharingDomains(of pairs: [FilePair]) -> Auditor {
        let id = WrongSenseCheck.description.id
        var options = auditor.options.checks.options[id] as? WrongSenseCheck.Options ?? WrongSenseCheck.Options()
        guard pairs.count > 1, auditor.options.checks.isEnabled(id), options.domains == nil else { return auditor }
        let sources = pairs.lazy.compactMap { pair in
            FileManager.default.contents(atPath: pair.source).map { String(decoding: $0, as: UTF8.self) }
        }
        guard SenseDomain.isTechnology(sources: sources) else { return auditor }
        options.sharedDomains.insert(.technology)
        var shared = auditor
        shared.options.checks.options[id] = options
        return shared
    }
}

/// Hands out indices to workers one at a time and counts finished ones.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var issued = 0
    private var finished = 0

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard issued < count else { return nil }
        issued += 1
        return issued - 1
    }

    /// Marks one index finished and returns how many are.
    func finish() -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        return finished
    }
}
