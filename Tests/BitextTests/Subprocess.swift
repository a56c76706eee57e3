import Foundation

/// The one way the tests run a program (bitext, git, python3, mount): both output pipes are
/// drained at the same time, so a program that fills one pipe while the test waits on the
/// other cannot deadlock.
enum Subprocess {
    struct Run {
        var status: Int32
        var output: String
        var error: String
        /// Standard output as bytes, for outputs that are not text.
        var outputData: Data
    }

    /// Runs `executable` to its end. A program name without a slash is looked up on PATH.
    /// `standardOutput` sends its output to a file instead of `Run.output`; `whileRunning`
    /// gets the running process (to signal it).
    static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        standardOutput: FileHandle? = nil, whileRunning: ((Process) throws -> Void)? = nil
    ) throws -> Run {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = error
        try process.run()
        let errorData = LockedData()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.set(error.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }
        var hookError: (any Error)?
        do { try whileRunning?(process) } catch { hookError = error }
        let outputData = standardOutput == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        drained.wait()
        if let hookError { throw hookError }
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData.get(), as: UTF8.self), outputData: outputData)
    }
}

/// Bytes handed from the thread that reads a pipe to the one that waits for it.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
