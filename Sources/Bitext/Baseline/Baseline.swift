import Foundation

/// Findings a project has accepted for now, so CI fails only on new ones. Findings are
/// keyed by content (`FindingFingerprint`: check, term and normalised text, no line numbers),
/// so moving or re-wrapping text does not make an old finding new, and by count: a
/// fingerprint recorded twice suppresses two occurrences, and a third one is new.
///
/// The file is JSON with sorted keys and entries sorted by file, check and fingerprint,
/// so it diffs well in review; `check`, `file` and `message` are there for the reviewer,
/// only `fingerprint` and `count` are matched.
public struct Baseline: Sendable, Hashable {
    /// 2 since fingerprints hash the file and a check's subject; a version 1 baseline is
    /// refused with a message to write it again, rather than read as all new findings.
    public static let formatVersion = 2

    public struct Entry: Sendable, Codable, Hashable {
        public var fingerprint: String
        public var count: Int
        public var check: String
        public var file: String
        public var message: String

        public init(fingerprint: String, count: Int, check: String, file: String, message: String) {
            self.fingerprint = fingerprint
            self.count = count
            self.check = check
            self.file = file
            self.message = message
        }
    }

    /// Sorted by file, check, fingerprint.
    public private(set) var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { ($0.file, $0.check, $0.fingerprint) < ($1.file, $1.check, $1.fingerprint) }
    }

    /// Records findings; the same finding in one file is one entry with its count.
    public init(findings: [Finding]) {
        var entries: [String: Entry] = [:]
        for finding in findings {
            let fingerprint = FindingFingerprint.of(finding)
            let file = finding.primarySide.side.file ?? ""
            entries["\(file)\u{0}\(fingerprint)", default: Entry(
                fingerprint: fingerprint, count: 0, check: finding.check, file: file, message: finding.message)].count += 1
        }
        self.init(entries: Array(entries.values))
    }

    /// How many findings the baseline holds.
    public var findingCount: Int { entries.reduce(0) { $0 + $1.count } }

    /// A fresh count of what the baseline still suppresses.
    public func matcher() -> BaselineMatcher {
        BaselineMatcher(remaining: entries.reduce(into: [:]) { $0[$1.fingerprint, default: 0] += $1.count })
    }

    private struct File: Codable {
        var version: Int
        /// Written for the reader; not required when reading.
        var tool: String?
        var findings: [Entry]
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(File(version: Self.formatVersion, tool: "bitext", findings: entries))
        data.append(0x0A)
        return data
    }

    /// Writes atomically; never over one of `inputs`.
    public func write(to path: String, inputs: [String]) throws {
        try OutputFile.write(try encoded(), to: URL(fileURLWithPath: path), inputs: inputs)
    }

    /// - Throws: `InputError` naming the file, with the line where the JSON is malformed,
    ///   or the entry that is wrong.
    public static func load(path: String) throws -> Baseline {
        try decode(try Auditor.contents(of: path), path: path)
    }

    static func decode(_ data: Data, path: String) throws -> Baseline {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            let line = malformedLine(in: data, error: error)
            throw InputError(file: path, line: line, "not a bitext baseline: the JSON is malformed")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw InputError(file: path, "not a bitext baseline: \(describe(error))")
        }
        guard file.version == formatVersion else {
            throw InputError(
                file: path,
                "baseline version \(file.version) is not supported (this bitext reads version \(formatVersion)); write it again with --write-baseline")
        }
        if let index = file.findings.firstIndex(where: { $0.count < 1 }) {
            throw InputError(file: path, "findings[\(index)].count must be 1 or more")
        }
        return Baseline(entries: file.findings)
    }

    /// The 1-based line of the offset Foundation's parser reports (`around character N`),
    /// when it reports one.
    private static func malformedLine(in data: Data, error: Error) -> Int? {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let range = text.range(of: #"character \d+"#, options: .regularExpression),
            let offset = Int(text[range].dropFirst("character ".count))
        else { return nil }
        return data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = place(context.codingPath)
            return "missing key '\(key.stringValue)'" + (parent.isEmpty ? "" : " in \(parent)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(place(context.codingPath)) should be \(type == Int.self ? "a number" : type == String.self ? "a string" : "\(type)")"
        case .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}

/// Counts down a baseline while findings are matched against it, in order: the first
/// occurrences of a fingerprint are the known ones, any beyond its count are new.
public struct BaselineMatcher: Sendable {
    var remaining: [String: Int]

    /// True (and counted) when the baseline still covers this finding.
    public mutating func absorbs(_ finding: Finding) -> Bool {
        let fingerprint = FindingFingerprint.of(finding)
        guard let count = remaining[fingerprint], count > 0 else { return false }
        remaining[fingerprint] = count - 1
        return true
    }
}
