import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a
/// terminal, so logs and pipes stay clean.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private let width = 30

    private init(label: String) { self.label = label }

    /// A bar for a terminal, or nil when standard error is redirected.
    static func onTerminal(label: String) -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(label: label) : nil
    }

    func update(done: Int, total: Int) {
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        draw("\r[\(bar)] \(done)/\(total) \(label)")
    }

    /// Clears the line so the report starts on a clean one.
    func finish() {
        draw("\r\u{1B}[K")
    }

    private func draw(_ text: String) {
        lock.lock()
        FileHandle.standardError.write(Data(text.utf8))
        lock.unlock()
    }
}
