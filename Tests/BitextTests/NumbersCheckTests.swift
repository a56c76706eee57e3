import Testing
@testable import Bitext

/// Required numbers as the tests write them: value in `NumberFormatting` form, `%` for percentages.
private func required(_ extracted: ExtractedNumbers) -> [String] {
    extracted.numbers.filter(\.isRequired).map { NumberFormatting.format($0.value) + ($0.kind == .percent ? "%" : "") }
}

@Suite struct NumbersDebug {
    @Test func dump() {
        for line in ["And so deep SEQ's model is 600 something billion parameters, right?", "a couple hundred million dollars, two thirds, half a million, twenty-five, 1/4, $6M, 2E25, GPT-4 H100s o3-mini 12:30"] {
            let e = EnglishNumberExtractor().extract(line)
            print("EN", line, e.numbers.map { "\($0.surface)=\($0.value)\($0.kind == .percent ? "%" : "")\($0.isRequired ? "" : "?")" }, e.names.map(\.key))
        }
        for line in ["所以 DeepSeek 的模型是 6000 亿个参数，对吧？", "一万亿人民币", "三分之一", "百分之五十", "十分重要", "两三个", "十几个", "第一", "2.2 千兆瓦", "二〇二四年", "10，000 个"] {
            let e = ChineseNumberExtractor().extract(line)
            print("ZH", terminator: ""); print("", line, terminator: "\n"); print("ZH", line, e.numbers.map { "\($0.surface)=\($0.value)\($0.kind == .percent ? "%" : "")\($0.isRequired ? "" : "?")" }, e.names.map(\.key))
        }
    }
}
