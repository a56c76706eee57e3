import Foundation
func T(_ name: String, _ value: Double) -> Double { Double(ProcessInfo.processInfo.environment["AL_" + name] ?? "") ?? value }
