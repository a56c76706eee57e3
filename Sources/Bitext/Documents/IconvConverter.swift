#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict byte conversion between character sets through the C library's `iconv`.
/// Legacy Chinese encodings (GB18030, Big5) are converted here rather than through
/// Foundation because Foundation on Linux does not know them, and because a strict
/// conversion tells us the byte offset of the first sequence that is not valid.
struct IconvConverter {
    enum Failure: Error, Equatable {
        /// The C library does not know one of the two character sets.
        case unsupported
        /// The input holds an invalid or incomplete sequence starting at this byte offset.
        case invalidSequence(offset: Int)
    }

    /// Character set names as `iconv_open` spells them.
    let sourceCharset: String
    let targetCharset: String

    init(from sourceCharset: String, to targetCharset: String) {
        self.sourceCharset = sourceCharset
        self.targetCharset = targetCharset
    }

    /// Converts all of `input`, or reports where it cannot.
    func convert(_ input: [UInt8]) -> Result<[UInt8], Failure> {
        guard let descriptor = Self.open(from: sourceCharset, to: targetCharset) else {
            return .failure(.unsupported)
        }
        defer { _ = iconv_close(descriptor) }
        if input.isEmpty { return .success([]) }

        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: max(4096, input.count * 2))
        var mutableInput = input
        return mutableInput.withUnsafeMutableBufferPointer { inputBuffer -> Result<[UInt8], Failure> in
            let inputBase = UnsafeMutableRawPointer(inputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inputPointer: UnsafeMutablePointer<CChar>? = inputBase
            var inputLeft = inputBuffer.count
            while inputLeft > 0 {
                let produced: Int
                let result: Int
                let savedErrno: Int32
                (produced, result, savedErrno) = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    let chunkBase = UnsafeMutableRawPointer(chunkBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outputPointer: UnsafeMutablePointer<CChar>? = chunkBase
                    var outputLeft = chunkBuffer.count
                    let result = iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    let savedErrno = errno
                    return (chunkBuffer.count - outputLeft, result, savedErrno)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result == -1 && savedErrno != E2BIG {
                    let offset = inputPointer.map { $0 - inputBase } ?? 0
                    return .failure(.invalidSequence(offset: offset))
                }
            }
            return .success(output)
        }
    }

    private static func open(from source: String, to target: String) -> iconv_t? {
        let descriptor = iconv_open(target, source)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        return descriptor
    }
}
