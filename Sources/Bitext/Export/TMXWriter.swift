import Foundation

// PLACEHOLDER until the export work lands.
public struct TMXWriter: BitextWriter {
    public init() {}
    public func write(_ bitext: Bitext, findings: [Finding], context: OutputContext) throws -> Data {
        Data()
    }
}
