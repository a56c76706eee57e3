import Testing
@testable import Bitext

/// Required numbers as the tests write them: the value in `NumberFormatting` form (to three
/// decimals), `%` for percentages.
private func required(_ extracted: ExtractedNumbers) -> [String] {
    extracted.numbers.filter(\.isRequired).map {
        let value = abs($0.value) < 1 ? ($0.value * 1000).rounded() / 1000 : $0.value
        return NumberFormatting.format(value) + ($0.kind == .count ? "" : "%")
    }
}

extension ChineseScript {
    /// A pair as a bitext, its Chinese written in this script.
    fileprivate func pair(_ source: String, _ target: String, from sourceLanguage: Language = .english) -> AlignedBitext {
        CheckExample(write(source), write(target)).bitext(sourceLanguage: sourceLanguage, targetLanguage: sourceLanguage.other)
    }

    /// The numbers check's findings on a pair, its Chinese written in this script.
    fileprivate func findings(_ source: String, _ target: String, from sourceLanguage: Language = .english) -> [Finding] {
        NumbersCheck().run(on: pair(source, target, from: sourceLanguage), context: CheckContext(severity: .error))
    }
}

struct ExtractionCase: CustomTestStringConvertible, Sendable {
    let text: String
    let numbers: [String]
    let names: [String]

    init(_ text: String, _ numbers: [String], names: [String] = []) {
        self.text = text
        self.numbers = numbers
        self.names = names
    }

    var testDescription: String { text }
}

@Suite struct EnglishNumberExtractorTests {
    static let cases: [ExtractionCase] = [
        ExtractionCase("It was 10,000 A100 GPUs.", ["10000"], names: ["a100"]),
        ExtractionCase("600 something billion parameters", ["6.0e11"]),
        ExtractionCase("they bought like 400 something thousand GPUs", ["400000"]),
        ExtractionCase("roughly $160 billion", ["1.6e11"]),
        ExtractionCase("$6M and $100B and 60K", ["6.0e6", "1.0e11", "60000"]),
        ExtractionCase("1.8 trillion tokens", ["1.8e12"]),
        ExtractionCase("10 million users", ["1.0e7"]),
        ExtractionCase("a trillion RMB", ["1.0e12"]),
        ExtractionCase("Nvidia made a million H20s", ["1.0e6"], names: ["h20"]),
        ExtractionCase("half a million people", ["500000"]),
        ExtractionCase("two hundred and fifty thousand", ["250000"]),
        ExtractionCase("twenty-five years", ["25"]),
        ExtractionCase("five to twenty dollars per question", ["5", "20"]),
        ExtractionCase("Two out of eight experts", ["2", "8"]),
        ExtractionCase("one of the most read PDFs", []),
        ExtractionCase("this one is better than that one", []),
        ExtractionCase("one million tokens", ["1.0e6"]),
        ExtractionCase("a couple hundred million dollars", []),
        ExtractionCase("hundreds of thousands of dollars and tens of billions", []),
        ExtractionCase("a few thousand GPUs, several hundred, dozens", []),
        ExtractionCase("30% less compute and 50 percent and five per cent", ["30%", "50%", "5%"]),
        ExtractionCase("It's not 1/4 of the model", ["0.25"]),
        ExtractionCase("two thirds of the cluster and a quarter", ["0.667"]),
        ExtractionCase("You're going to do 2-4x compute", ["2", "4"]),
        ExtractionCase("a 1200x reduction", ["1200"]),
        ExtractionCase("from 2026-2027 and 9-12 months", ["2026", "2027", "9", "12"]),
        ExtractionCase("December 26th or that week", ["12", "26"]),
        ExtractionCase("we may go in March 2024 or on May 5, not in march", ["3", "2024", "5", "5"]),
        ExtractionCase("one fourth of your model and another billion", ["0.25", "1.0e9"]),
        ExtractionCase("half the cost, half a million", ["0.5", "500000"]),
        ExtractionCase("the cost per million tokens", []),
        ExtractionCase("4 or 5 million GPUs", ["4", "5.0e6"]),
        ExtractionCase("the first time, the second model", []),
        ExtractionCase("GPT4 is 2E25 and the order is 1E26", ["2.0e25", "1.0e26"], names: ["gpt4"]),
        ExtractionCase("GPT-4 and o3-mini and Llama 3.1 405B", ["3.1", "4.05e11"], names: ["gpt4", "o3"]),
        ExtractionCase("the 7 nanometer chip and 5nm", ["7", "5"]),
        ExtractionCase("the late 2010s and the 80s", ["2010", "80"]),
        ExtractionCase("Lex at 01:23:45 said 3", ["3"]),
        ExtractionCase("see https://example.com/page/2024 for 5 more", ["5"]),
        ExtractionCase("1. First item with 3 parts", ["3"]),
        ExtractionCase("**Speaker 2:** we need 40 chips", ["40"]),
        ExtractionCase("ten years, a decade", ["10"]),
        ExtractionCase("five or six", ["5", "6"]),
        ExtractionCase("$0.05 or something", ["0.05"]),
    ]

    @Test(arguments: cases)
    func extracts(_ example: ExtractionCase) {
        let extracted = EnglishNumberExtractor().extract(example.text)
        #expect(required(extracted) == example.numbers)
        #expect(extracted.names.map(\.key) == example.names)
    }

    @Test func optionalWordsStillMatch() {
        let extracted = EnglishNumberExtractor().extract("one of them, twice, in december, a third, a couple of weeks")
        let values = Set(extracted.numbers.filter { !$0.isRequired }.map(\.value))
        #expect(values.isSuperset(of: [1, 2, 12]))
        #expect(values.contains { abs($0 - 1.0 / 3) < 1e-9 })
    }

    @Test func compoundOrdinalsOnlyHelpMatching() {
        let extracted = EnglishNumberExtractor().extract("her twenty-first birthday, a twenty second delay")
        #expect(extracted.numbers.filter { !$0.isRequired }.map(\.value) == [21])
        #expect(extracted.numbers.filter(\.isRequired).map(\.value) == [20])
    }
}

@Suite struct ChineseNumberExtractorTests {
    static let cases: [ExtractionCase] = [
        ExtractionCase("所以 DeepSeek 的模型是 6000 亿个参数，对吧？", ["6.0e11"]),
        ExtractionCase("大约 1600 亿美元", ["1.6e11"]),
        ExtractionCase("600 万美元，5 万，1.8 万亿", ["6.0e6", "50000", "1.8e12"]),
        ExtractionCase("一万亿人民币的补贴", ["1.0e12"]),
        ExtractionCase("一千万，十万，五年，两个", ["1.0e7", "100000", "5", "2"]),
        ExtractionCase("三百零五，一千二百万，两千亿", ["305", "1.2e7", "2.0e11"]),
        ExtractionCase("它是 10，000 个 A100 GPU。", ["10000"], names: ["a100"]),
        ExtractionCase("１０，０００ 个", ["10000"]),
        ExtractionCase("三分之一的成本，十分之一", ["0.333", "0.1"]),
        ExtractionCase("百分之五十，50%，百分之 5，3 个百分点", ["50%", "50%", "5%", "3%"]),
        ExtractionCase("十分重要，十足", []),
        ExtractionCase("十分钟", ["10"]),
        ExtractionCase("十几个，几十万，数百个，上千，好几万", []),
        ExtractionCase("两三个，七八年", []),
        ExtractionCase("一个模型，一样，一起，第一，第三", []),
        ExtractionCase("第 37 回合", ["37"]),
        ExtractionCase("千万不要，百万富翁，亿万", []),
        ExtractionCase("四面八方，五花八门，三星", []),
        ExtractionCase("2.2 千兆瓦，400 千瓦，150 兆瓦", ["2.2", "400", "150"]),
        ExtractionCase("二〇二四年，2024 年", ["2024", "2024"]),
        ExtractionCase("二点五倍，2-4 倍", ["2.5", "2", "4"]),
        ExtractionCase("在 2.7 小时内", ["2.7"]),
        ExtractionCase("一百多个，100 多层", ["100", "100"]),
        ExtractionCase("GPT-4、o3-mini 和 Llama 405b", ["4.05e11"], names: ["gpt4", "o3"]),
        ExtractionCase("1. 第一项有 3 个部分", ["3"]),
        ExtractionCase("二、原因有五个", ["5"]),
        ExtractionCase("**说话人 2：** 我们需要 40 个芯片", ["40"]),
        ExtractionCase("12 月 26 日", ["12", "26"]),
        ExtractionCase("星期三", []),
        ExtractionCase("一半，半秒钟", []),
    ]

    @Test(arguments: cases, ChineseScript.allCases)
    func extracts(_ example: ExtractionCase, _ script: ChineseScript) {
        let extracted = ChineseNumberExtractor().extract(script.write(example.text))
        #expect(required(extracted) == example.numbers)
        #expect(extracted.names.map(\.key) == example.names)
    }

    /// Forms only Traditional text (or financial writing) has, which the Simplified cases
    /// cannot reach by conversion.
    static let traditionalCases: [ExtractionCase] = [
        ExtractionCase("100 萬美元，10 億美元，5 萬", ["1.0e6", "1.0e9", "50000"]),
        ExtractionCase("1.5 億人，十萬個，兩千億", ["1.5e8", "100000", "2.0e11"]),
        ExtractionCase("台積電市值約 20 兆元，一兆", ["2.0e13", "1.0e12"]),
        ExtractionCase("100 兆瓦，5 兆位元組，2.2 千兆瓦", ["100", "5", "2.2"]),
        ExtractionCase("壹萬貳仟元整，伍佰，參拾", ["12000", "500", "30"]),
        ExtractionCase("參數、參加、陸續、大陸五萬人、隊伍、收拾、陸陸續續", ["50000"]),
        ExtractionCase("二〇二四年，兩個，第一", ["2024", "2"]),
        ExtractionCase("半斤八兩，三兩個", []),
        ExtractionCase("十分鐘，十分重要", ["10"]),
        ExtractionCase("一個億，兩個半小時", ["1.0e8", "2"]),
    ]

    @Test(arguments: traditionalCases)
    func extractsTraditionalForms(_ example: ExtractionCase) {
        let extracted = ChineseNumberExtractor().extract(example.text)
        #expect(required(extracted) == example.numbers)
        #expect(extracted.names.map(\.key) == example.names)
    }

    /// `兆` is a trillion in Taiwan and mega- on the mainland: both readings match.
    @Test func zhaoMatchesEitherReading() {
        let traditional = ChineseScript.traditional
        #expect(traditional.findings("TSMC is worth NT$20 trillion.", "台積電市值 20 兆元。").isEmpty)
        #expect(traditional.findings("A 100 Mbps link.", "100 兆的頻寬。").isEmpty)
        #expect(!traditional.findings("TSMC is worth 20 trillion.", "台積電市值 30 兆。").isEmpty)
    }

    @Test(arguments: ChineseScript.allCases)
    func estimatesAndArticlesStillMatch(_ script: ChineseScript) {
        let extracted = ChineseNumberExtractor().extract(script.write("两三个，一个，一半"))
        let values = Set(extracted.numbers.filter { !$0.isRequired }.map(\.value))
        #expect(values == [2, 3, 1, 0.5])
        // Neighbouring digits beside a unit: 十四五 is fourteen or fifteen, 二三十 twenty or thirty.
        let ranges = ChineseNumberExtractor().extract(script.write("十四五岁，十八九个，二三十年，四五十万，十分重要"))
        #expect(ranges.numbers.allSatisfy { !$0.isRequired })
        #expect(Set(ranges.numbers.map(\.value)) == [14, 15, 18, 19, 20, 30, 4e5, 5e5])
    }

}

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("十", 10.0), ("十五", 15), ("二十", 20), ("一百零一", 101), ("三千零五十", 3050), ("一万", 1e4), ("十万", 1e5),
        ("一百万", 1e6), ("一千万", 1e7), ("一亿", 1e8), ("十亿", 1e9), ("六千亿", 6e11), ("一万亿", 1e12),
        ("三亿五千万", 3.5e8), ("两千", 2000), ("二〇二五", 2025), ("二点五", 2.5), ("壹万贰仟", 12000), ("伍佰零陆", 506),
        ("叁拾", 30), ("一兆", 1e12), ("三兆五千亿", 3.5e12),
    ])
    func values(_ numeral: String, _ expected: Double) {
        for script in ChineseScript.allCases {
            let scalars = Array(script.write(numeral).unicodeScalars)
            #expect(ChineseNumeral.value(scalars[...]) == expected, "\(script): \(numeral)")
        }
    }
}

/// A sentence of the Lex Fridman #459 transcript with its machine translation, and a copy of
/// the translation with one number or unit changed.
struct RealPair: CustomTestStringConvertible, Sendable {
    let english: String
    let chinese: String
    let altered: String

    var testDescription: String { String(english.prefix(50)) }
}

@Suite struct NumbersCheckRealPairTests {
    static let pairs: [RealPair] = [
        RealPair(english: "And so deep SEQ's model is 600 something billion parameters, right?",
                 chinese: "所以 DeepSeek 的模型是 6000 亿个参数，对吧？",
                 altered: "所以 DeepSeek 的模型是 600 亿个参数，对吧？"),
        RealPair(english: "Relative to llama 405B, it's 405 billion parameters, right?",
                 chinese: "相对于 Llama 405b，它有 4050 亿个参数，对吗？",
                 altered: "相对于 Llama 405b，它有 4050 万个参数，对吗？"),
        RealPair(english: "Lama relative to llama 70B, it's 70 billion parameters, right?",
                 chinese: "拉玛相对于拉玛 70b，它是 700 亿个参数，对吗？",
                 altered: "拉玛相对于拉玛 70b，它是 70 亿个参数，对吗？"),
        RealPair(english: "But at the same time, it is only activating around 37 billion of the parameters.",
                 chinese: "但与此同时，它只激活了大约 370 亿个参数。",
                 altered: "但与此同时，它只激活了大约 37 亿个参数。"),
        RealPair(english: "It was 10,000 A100 GPUs.",
                 chinese: "它是 10，000 个 A100 GPU。",
                 altered: "它是 10，000 个 H100 GPU。"),
        RealPair(english: "And then this paper claims they did only 2000 H800 GPUs, which are a restricted GPU that was previously allowed in China.",
                 chinese: "然后这篇文章声称他们只做了 2000 个 H800 GPU，这是中国以前允许的受限制的 GPU。",
                 altered: "然后这篇文章声称他们只做了 20000 个 H800 GPU，这是中国以前允许的受限制的 GPU。"),
        RealPair(english: "You're going to do 2-4x compute of the full training run in experiments alone.",
                 chinese: "仅在实验中，您将对完整的训练运行进行 2-4 倍的计算。",
                 altered: "仅在实验中，您将对完整的训练运行进行 2-5 倍的计算。"),
        RealPair(english: "But the company of Meta last year publicly disclosed they bought like 400 something thousand GPUs.",
                 chinese: "但是 Meta 公司去年公开披露他们购买了大约 40 万个 GPU。",
                 altered: "但是 Meta 公司去年公开披露他们购买了大约 4 万个 GPU。"),
        RealPair(english: "They used 1,000 samples to solve this task and it comes out to be like five to twenty dollars per question, which you're putting in effectively a math puzzle and then it takes orders of dollars to answer one question.",
                 chinese: "他们用了 1000 个样本来解决这个问题，结果是每个问题 5 到 20 美元，你把它放在一个有效的数学难题中，然后回答一个问题需要几美元。",
                 altered: "他们用了 1000 个样本来解决这个问题，结果是每个问题 5 到 200 美元，你把它放在一个有效的数学难题中，然后回答一个问题需要几美元。"),
        RealPair(english: "They have this OpenAI ChatGPT Pro subscription, which is $200 a month, which Sam.",
                 chinese: "他们有这个 OpenAI ChatGPT Pro 订阅，每月 200 美元，山姆。",
                 altered: "他们有这个 OpenAI ChatGPT Pro 订阅，每月 20 美元，山姆。"),
        RealPair(english: "And they only just released a subsidy of a trillion RMB, you know, roughly $160 billion, which is closer to the spending of like Microsoft and Meta and Google combined.",
                 chinese: "他们刚刚发放了一万亿人民币的补贴，你知道，大约 1600 亿美元，这更接近微软、Meta 和谷歌的支出总和。",
                 altered: "他们刚刚发放了一千亿人民币的补贴，你知道，大约 1600 亿美元，这更接近微软、Meta 和谷歌的支出总和。"),
        RealPair(english: "If you do not believe AI is going to make significant changes to society in the next 10 years or five years, five year timelines are sort of what the more executives and such of AI companies and even big tech companies believe.",
                 chinese: "如果你不相信人工智能会在未来 10 年或 5 年内给社会带来重大变化，那么 5 年的时间表就是更多人工智能公司甚至大型科技公司的高管们所相信的。",
                 altered: "如果你不相信人工智能会在未来 10 年或 3 年内给社会带来重大变化，那么 3 年的时间表就是更多人工智能公司甚至大型科技公司的高管们所相信的。"),
        RealPair(english: "**Dylan Patel:** And the US government realized in October 7, 2022, before ChatGPT released that restriction on October 7, which dropped and shocked everyone and it was very clearly aimed at AI.",
                 chinese: "**Dylan Patel：** 美国政府在 2022 年 10 月 7 日意识到了这一点，在 10 月 7 日 ChatGPT 发布这一限制之前，这一限制被取消了，震惊了所有人，这显然是针对人工智能的。",
                 altered: "**Dylan Patel：** 美国政府在 2023 年 10 月 7 日意识到了这一点，在 10 月 7 日 ChatGPT 发布这一限制之前，这一限制被取消了，震惊了所有人，这显然是针对人工智能的。"),
        RealPair(english: "So, so like Llama 3, they said they trained on 16,000 H100.",
                 chinese: "所以，就像 Llama 3 号一样，他们说他们在 16000 H100 上训练。",
                 altered: "所以，就像 Llama 3 号一样，他们说他们在 6000 H100 上训练。"),
        RealPair(english: "Two out of eight experts activating every time you go through the model, it's eight out of 256.",
                 chinese: "八个专家中有两个在你每次浏览模型时都会激活，这是 256 个专家中的八个。",
                 altered: "八个专家中有两个在你每次浏览模型时都会激活，这是 128 个专家中的八个。"),
        RealPair(english: "So you can get effectively the same performance model and evaluation scores with numbers like 30% less compute.",
                 chinese: "因此，您可以有效地获得相同的性能模型和评估分数，而计算减少 30%。",
                 altered: "因此，您可以有效地获得相同的性能模型和评估分数，而计算减少 3%。"),
        RealPair(english: "It's not 1/4 of the model, right?",
                 chinese: "它不是模型的 1/4，对吗？",
                 altered: "它不是模型的 1/3，对吗？"),
        RealPair(english: "**Dylan Patel:** Yeah, so, so, so my, my, my belief is that last year roughly so, so Nvidia made a million H20s which are legally allowed to be shipped to China.",
                 chinese: "**Dylan Patel：** 是的，所以，所以，所以我的，我的，我的信念是，去年大概是这样，所以英伟达制造了 100 万台 H20，这些 H20 是法律允许运往中国的。",
                 altered: "**Dylan Patel：** 是的，所以，所以，所以我的，我的，我的信念是，去年大概是这样，所以英伟达制造了 10 万台 H20，这些 H20 是法律允许运往中国的。"),
        RealPair(english: "H100 comes around, they increase the power from like 400 to 700 watts.",
                 chinese: "H100 来了，他们把功率从 400 瓦增加到 700 瓦。",
                 altered: "H100 来了，他们把功率从 400 瓦增加到 750 瓦。"),
        RealPair(english: "This is think about 100,000 GPUs with roughly 1400 watts apiece.",
                 chinese: "想想 100，000 个 GPU，每个大约 1400 瓦。",
                 altered: "想想 10，000 个 GPU，每个大约 1400 瓦。"),
        RealPair(english: "2,200 megawatts of power in and roughly like 1.8 gigawatts or 1800 megawatts of power delivered to chips right?",
                 chinese: "2200 兆瓦的电力，大约 1.8 千兆瓦或 1800 兆瓦的电力输送到芯片，对吗？",
                 altered: "2200 兆瓦的电力，大约 1.6 千兆瓦或 1800 兆瓦的电力输送到芯片，对吗？"),
        RealPair(english: "This was released on, I believe, December 26th or that week.",
                 chinese: "我相信这是在 12 月 26 日或那一周发布的。",
                 altered: "我相信这是在 12 月 25 日或那一周发布的。"),
        RealPair(english: "And the final result of that after 157 seconds is humans instinctively convert selfish desires into cooperative systems by collectively pretending abstract rules, money, laws, rights are real.",
                 chinese: "157 秒后的最终结果是，人类通过集体假装抽象的规则、金钱、法律和权利是真实的，本能地将自私的欲望转化为合作系统。",
                 altered: "157 分钟后的最终结果是，人类通过集体假装抽象的规则、金钱、法律和权利是真实的，本能地将自私的欲望转化为合作系统。"),
        RealPair(english: "GPT3 was trained in what, 2020, 2021 and the cost for running inference on it was 60, $70 per million tokens.",
                 chinese: "GPT3 是在 2020 年、2021 年训练的，在它上面运行推理的成本是每百万代币 60、70 美元。",
                 altered: "GPT3 是在 2020 年、2021 年训练的，在它上面运行推理的成本是每百万代币 60、80 美元。"),
        RealPair(english: "Now as we scaled forward two years, we've had a 1200x reduction in cost to achieve the same level of intelligence as GPT3.",
                 chinese: "现在，经过两年的扩展，我们已经将成本降低了 1200 倍，实现了与 GPT3 相同的智能水平。",
                 altered: "现在，经过三年的扩展，我们已经将成本降低了 1200 倍，实现了与 GPT3 相同的智能水平。"),
        RealPair(english: "To revolutionize and completely insource semiconductors would take a decade and a trillion dollars.",
                 chinese: "彻底改革和完全内包半导体将需要十年时间和一万亿美元。",
                 altered: "彻底改革和完全内包半导体将需要十年时间和一千亿美元。"),
        RealPair(english: "**Dylan Patel:** TSMC has something like 90,000 employees, right.",
                 chinese: "**Dylan Patel：** 台积电大约有 9 万名员工。",
                 altered: "**Dylan Patel：** 台积电大约有 9 千名员工。"),
        RealPair(english: "China has something like $200 billion of semiconductor subsidies a year.",
                 chinese: "中国每年大约有 2000 亿美元的半导体补贴。",
                 altered: "中国每年大约有 200 亿美元的半导体补贴。"),
        RealPair(english: "It's like 1/3 that of the H100 on spec sheet paper performance for flops in real world, it's closer to like half or maybe even like 60% of it.",
                 chinese: "它是 H100 在规格纸上的 1/3，在现实世界中的 FLOPS 性能，它接近一半，甚至可能是 60%。",
                 altered: "它是 H100 在规格纸上的 1/3，在现实世界中的 FLOPS 性能，它接近一半，甚至可能是 65%。"),
        RealPair(english: "These like 50,000 PhDs, you know, or masters that have been working on specific chemical or physical processes or nano manufacturing processes for decades in Oregon, they're still there, they're still producing amazing work.",
                 chinese: "有 5 万个博士，你知道， 或者在俄勒冈州从事特定化学或物理过程或纳米制造过程几十年的大师们，他们仍然在那里，他们仍然在创造惊人的工作。",
                 altered: "有 5 千个博士，你知道， 或者在俄勒冈州从事特定化学或物理过程或纳米制造过程几十年的大师们，他们仍然在那里，他们仍然在创造惊人的工作。"),
        RealPair(english: "And guess what their pay is, Their starting Pay is like $80,000, $70,000, right?",
                 chinese: "猜猜他们的工资是多少，他们的起薪大概是 8 万美元，7 万美元，对吧？",
                 altered: "猜猜他们的工资是多少，他们的起薪大概是 8 万美元，6 万美元，对吧？"),
        RealPair(english: "Their gross margins are north of 75%.",
                 chinese: "他们的毛利润率超过 75%。",
                 altered: "他们的毛利润率超过 57%。"),
        RealPair(english: "Gemini is known for 1 million and now 2 million context length.",
                 chinese: "双子座以 100 万和现在的 200 万上下文长度而闻名。",
                 altered: "双子座以 100 万和现在的 2000 万上下文长度而闻名。"),
        RealPair(english: "For context, there's like 4 or 5 million GPUs, right?",
                 chinese: "对于上下文，有大约 400 万或 500 万个 GPU，对吗？",
                 altered: "对于上下文，有大约 400 万或 600 万个 GPU，对吗？"),
        RealPair(english: "Cars contain 5,000 chips, you know, 200 different varieties of them, right?",
                 chinese: "汽车包含 5000 个芯片，你知道，200 种不同的芯片，对吧？",
                 altered: "汽车包含 5000 个芯片，你知道，2000 种不同的芯片，对吧？"),
        RealPair(english: "But then he, he bet heaven and hell to get his data center up and get the largest cluster in the world, right, which is 200,000 GPUs.",
                 chinese: "但后来他，他赌上了天堂和地狱，把他的数据中心建起来，得到了世界上最大的集群，对，那就是 20 万个 GPU。",
                 altered: "但后来他，他赌上了天堂和地狱，把他的数据中心建起来，得到了世界上最大的集群，对，那就是 2 万个 GPU。"),
        RealPair(english: "That's the memory pressure, I should say in case people don't know R1 is 27 times cheaper than 01.",
                 chinese: "这就是内存压力，我应该说，以防人们不知道 R1 比 01 便宜 27 倍。",
                 altered: "这就是内存压力，我应该说，以防人们不知道 R1 比 01 便宜 17 倍。"),
        RealPair(english: "They were going to make another 2 million of those this year.",
                 chinese: "他们今年打算再做 200 万个。",
                 altered: "他们今年打算再做 20 万个。"),
        RealPair(english: "In the military context, maybe the fastest I can imagine is 2030, which is why I said 2030 for the super powerful AI.",
                 chinese: "在军事背景下，也许我能想象的最快的时间是 2030 年，这就是为什么我说 2030 年是超级强大的人工智能。",
                 altered: "在军事背景下，也许我能想象的最快的时间是 2035 年，这就是为什么我说 2035 年是超级强大的人工智能。"),
        RealPair(english: "I think it will still be remembered five years from now as a pivotal event in tech history, due in part to the geopolitical implications, but for other reasons too.",
                 chinese: "我认为，** 五年后，它仍将作为科技史上的一个关键事件被人们铭记，部分原因是地缘政治影响，但也有其他原因 **。",
                 altered: "我认为，** 十年后，它仍将作为科技史上的一个关键事件被人们铭记，部分原因是地缘政治影响，但也有其他原因 **。"),
        RealPair(english: "Still, for me personally I find that Claude Sonnet 3.5 is the best model for programming except for tricky cases where I will use O1 Pro to brainstorm.",
                 chinese: "尽管如此，就我个人而言，我发现 **Claude Sonnet 3.5 是最好的编程模型，除了我将使用 o1-pro 进行头脑风暴的棘手情况 **。",
                 altered: "尽管如此，就我个人而言，我发现 **Claude Sonnet 3.7 是最好的编程模型，除了我将使用 o1-pro 进行头脑风暴的棘手情况 **。"),
    ]

    @Test func pairsAreFromTheTranscript() throws {
        let english = try TestData.text(TestData.englishTranscript)
        let chinese = try TestData.text(TestData.chineseTranscript)
        for pair in Self.pairs {
            #expect(english.contains(pair.english), "not in en.md: \(pair.english)")
            #expect(chinese.contains(pair.chinese), "not in zh.md: \(pair.chinese)")
            #expect(pair.altered != pair.chinese)
        }
    }

    @Test(arguments: pairs, ChineseScript.allCases)
    func correctTranslationPasses(_ pair: RealPair, _ script: ChineseScript) {
        // The values are right; a full-width comma between thousands (`10，000`) is a finding
        // of its own about how they are written (see TranscriptFindingsTests).
        let messages = script.findings(pair.english, pair.chinese).map(\.message).filter { !$0.hasPrefix("full-width comma") }
        #expect(messages == [])
    }

    @Test(arguments: pairs, ChineseScript.allCases)
    func correctTranslationPassesFromChinese(_ pair: RealPair, _ script: ChineseScript) {
        #expect(script.findings(pair.chinese, pair.english, from: .chinese).map(\.message) == [])
    }

    @Test(arguments: pairs, ChineseScript.allCases)
    func alteredTranslationFails(_ pair: RealPair, _ script: ChineseScript) {
        #expect(!script.findings(pair.english, pair.altered).isEmpty)
    }

    /// Beyond the hand-altered copy: every run of digits in the translation, changed in its
    /// first digit, must be caught.
    @Test(arguments: pairs, ChineseScript.allCases)
    func everyChangedDigitRunIsFound(_ pair: RealPair, _ script: ChineseScript) {
        let variants = Self.digitVariants(of: pair.chinese)
        for variant in variants {
            #expect(!script.findings(pair.english, variant).isEmpty, "missed: \(variant)")
        }
    }

    /// The text once per run of ASCII digits, with that run's first digit d (1…9) made d % 9 + 1.
    static func digitVariants(of text: String) -> [String] {
        let characters = Array(text)
        var variants: [String] = []
        for index in characters.indices where characters[index].isASCII && characters[index].isNumber
            && (index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber)) {
            guard let digit = characters[index].wholeNumberValue, digit != 0 else { continue }
            var changed = characters
            changed[index] = Character(String(digit % 9 + 1))
            variants.append(String(changed))
        }
        return variants
    }
}

struct EquivalentCase: CustomTestStringConvertible, Sendable {
    let english: String
    let chinese: String
    var testDescription: String { "\(english) = \(chinese)" }
}

@Suite struct NumbersCheckTests {
    /// Same numbers written the two languages' ways.
    static let equivalents: [EquivalentCase] = [
        EquivalentCase(english: "They raised $6M.", chinese: "他们筹集了 600 万美元。"),
        EquivalentCase(english: "About 50,000 people came.", chinese: "大约 5 万人来了。"),
        EquivalentCase(english: "It costs 600 billion.", chinese: "它花费 6000 亿。"),
        EquivalentCase(english: "A $100B market.", chinese: "一个 1000 亿美元的市场。"),
        EquivalentCase(english: "Trained on 1.8 trillion tokens.", chinese: "在 1.8 万亿个词元上训练。"),
        EquivalentCase(english: "It has 10 million users.", chinese: "它有 1000 万用户。"),
        EquivalentCase(english: "It has 10 million users.", chinese: "它有一千万用户。"),
        EquivalentCase(english: "It reached 100,000 users in five years.", chinese: "它在五年内达到了十万用户。"),
        EquivalentCase(english: "Two GPUs do a third of the work.", chinese: "两个 GPU 完成三分之一的工作。"),
        EquivalentCase(english: "Half of them, 50% in fact.", chinese: "其中一半，实际上是百分之五十。"),
        EquivalentCase(english: "A 10x speedup in 2024.", chinese: "2024 年速度提升了 10 倍。"),
        EquivalentCase(english: "Delivery takes 9-12 months.", chinese: "交付需要 9 到 12 个月。"),
        EquivalentCase(english: "About 1,000 GPUs.", chinese: "约１０００个 GPU。"),
        EquivalentCase(english: "Roughly 30 percent.", chinese: "大约 30%。"),
        EquivalentCase(english: "GPT-4 and the H100.", chinese: "GPT4 和 H100。"),
        EquivalentCase(english: "It was 2026-2027.", chinese: "那是 2026-2027 年。"),
        EquivalentCase(english: "One of the models is good.", chinese: "其中一个模型很好。"),
        EquivalentCase(english: "The 2000s were different.", chinese: "21 世纪初不一样。"),
        EquivalentCase(english: "They used Llama 3 for it.", chinese: "他们为此使用了 Llama3。"),
        EquivalentCase(english: "Back in the 1990s it cost $100 million.", chinese: "在 90 年代，它花了一个亿美元。"),
        EquivalentCase(english: "It runs 24/7 since 9/11, a 1/4 share.", chinese: "自 9/11 以来它 24/7 运行，占 1/4。"),
        EquivalentCase(english: "A hundred percent sure.", chinese: "百分百确定。"),
        EquivalentCase(english: "It's a 50-50 chance.", chinese: "这是五五开的机会。"),
        EquivalentCase(english: "It took two and a half years.", chinese: "花了两年半。"),
        EquivalentCase(english: "It took 2.5 hours.", chinese: "花了两个半小时。"),
        EquivalentCase(english: "Over the past two decades, it changed.", chinese: "在过去的二十年里，它变了。"),
        EquivalentCase(english: "About three-quarters of them agreed.", chinese: "大约四分之三的人同意了。"),
        EquivalentCase(english: "We met at 9:30 in the morning.", chinese: "我们早上 9 点 30 分见面。"),
        EquivalentCase(english: "It was a 3-day event.", chinese: "这是一个为期三天的活动。"),
        EquivalentCase(english: "It's a billion-dollar company.", chinese: "这是一家十亿美元的公司。"),
        EquivalentCase(english: "There are like 8 or 9 of them.", chinese: "大概有八九个。"),
        EquivalentCase(english: "Hundreds of engineers and 5 managers.", chinese: "数百名工程师和 5 名经理。"),
        EquivalentCase(english: "Like gpt-4 in lower case.", chinese: "就像 GPT-4。"),
    ]

    @Test(arguments: equivalents, ChineseScript.allCases)
    func equivalentNumbersPass(_ example: EquivalentCase, _ script: ChineseScript) {
        #expect(script.findings(example.english, example.chinese).map(\.message) == [])
        #expect(script.findings(example.chinese, example.english, from: .chinese).map(\.message) == [])
    }

    @Test(arguments: ChineseScript.allCases)
    func reportsTheMissingValueAndWhatTheTargetHas(_ script: ChineseScript) {
        let messages = script.findings("It is 600 billion parameters.", "它有 60 亿个参数。").map(\.message)
        #expect(messages == [script.write("source number 600 billion (6.0e11) has no match in the target; the target has 60 亿 (6.0e9)")])
    }

    @Test(arguments: ChineseScript.allCases)
    func reportsANumberMissingEntirely(_ script: ChineseScript) {
        let messages = script.findings("They bought 2,000 GPUs in 2021.", "他们购买了 GPU。").map(\.message)
        #expect(messages == ["source numbers 2,000 and 2021 have no match in the target; the target has no other number"])
    }

    @Test(arguments: ChineseScript.allCases)
    func reportsARepeatedValueChangedOnce(_ script: ChineseScript) {
        let messages = script.findings("Relative to llama 405B, it's 405 billion parameters.", "相对于 Llama 405B，它有 4050 万个参数。").map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("source number 405B (4.05e11) occurs 2 times but once in the target") == true)
    }

    @Test(arguments: ChineseScript.allCases)
    func reportsAMissingOrChangedName(_ script: ChineseScript) {
        #expect(script.findings("It beats GPT-4.", "它击败了 GPT-3。").map(\.message) == ["source name GPT-4 does not appear in the target"])
        #expect(script.findings("The H100 is faster than the A100.", "H100 比 A100 快。").isEmpty)
        #expect(script.findings("The H100 is fast.", "H1000 很快。").map(\.message) == ["source name H100 does not appear in the target"])
    }

    @Test(arguments: ChineseScript.allCases)
    func reportsANameChangedOnceOfTwice(_ script: ChineseScript) {
        let source = "They talked about it with the llama 3 release where they switched to llama 3 405B."
        #expect(!script.findings(source, "他们在 Llama 4 版本中讨论了这一点，他们改用 Llama 3 405b。").isEmpty)
        #expect(script.findings(source, "他们在 Llama 3 版本中讨论了这一点，他们改用 Llama 3 405b。").isEmpty)
        let names = script.findings("Nvidia made a million H20s.", "英伟达制造了 100 万台 H20，这些 H30 是允许的。").map(\.message)
        #expect(names == ["target name H30 is not in the source, which has H20s"])
    }

    @Test(arguments: ChineseScript.allCases)
    func reportsAChangedTimeOrCurrencyUnit(_ script: ChineseScript) {
        #expect(!script.findings("It took 157 seconds.", "花了 157 分钟。").isEmpty)
        #expect(!script.findings("It costs $200 a month.", "每月 200 元。").isEmpty)
        #expect(script.findings("It costs $200 a month.", "每月 200 美元。").isEmpty)
        #expect(script.findings("It was five to twenty dollars.", "是 5 到 20 美元。").isEmpty)
    }

    @Test(arguments: ChineseScript.allCases)
    func monthsAreCalendarMonths(_ script: ChineseScript) {
        #expect(script.findings("On January 20th, it shipped.", "1 月 20 日，它发布了。").isEmpty)
        #expect(script.findings("On January 20th, it shipped one model.", "一月二十日，它发布了一个模型。").isEmpty)
        #expect(!script.findings("On January 20th, it shipped one model.", "2 月 20 日，它发布了一个模型。").isEmpty)
        #expect(!script.findings("It took 10 months.", "花了 10 月。").isEmpty)
        #expect(script.findings("It took 10 months.", "花了 10 个月。").isEmpty)
    }

    @Test(arguments: ChineseScript.allCases)
    func percentagesMatchByValueOrFraction(_ script: ChineseScript) {
        #expect(script.findings("It grew 30%.", "它增长了 0.3。").isEmpty)
        #expect(!script.findings("It grew 30%.", "它增长了 3%。").isEmpty)
        #expect(!script.findings("It grew 30%.", "它增长了 30。").isEmpty)
        #expect(script.findings("It grew 2020, 30%.", "2020 年，它增长了 30%。").isEmpty)
        #expect(script.findings("It is 80 to 90% cheaper.", "它便宜了 80% 到 90%。").isEmpty)
    }

    @Test(arguments: ChineseScript.allCases)
    func worksFromChineseToEnglish(_ script: ChineseScript) {
        #expect(script.findings("他们刚刚发放了一万亿人民币的补贴，大约 1600 亿美元。", "They released a trillion RMB of subsidies, roughly $160 billion.", from: .chinese).isEmpty)
        let messages = script.findings("他们拥有 5 万个 GPU。", "They have 5,000 GPUs.", from: .chinese).map(\.message)
        #expect(messages == [script.write("source number 5 万 (50000) has no match in the target; the target has 5,000")])
    }

    @Test(arguments: ChineseScript.allCases)
    func ignoresStructureNotContent(_ script: ChineseScript) {
        // A list marker the translation added or dropped, a speaker label, a timestamp, a link.
        #expect(script.findings("1. First, we trained it.", "首先，我们训练了它。").isEmpty)
        #expect(script.findings("**Speaker 2:** We trained it.", "**说话人：** 我们训练了它。").isEmpty)
        #expect(script.findings("At 01:02:03 we trained it.", "我们训练了它。").isEmpty)
        #expect(script.findings("See https://example.com/2024/report.", "见报告。").isEmpty)
    }

    /// A code sample copied as it is keeps its English: its number words are said.
    @Test(arguments: ChineseScript.allCases)
    func numberWordsKeptInEnglishAreSaid(_ script: ChineseScript) {
        let code = "print(\"Two on the Y axis\")\nd = {\"voltage\": \"four million\"}"
        #expect(script.findings(code, code).isEmpty)
        #expect(script.findings("Python 3.5.1 (default, May  6 2016)", "Python 3.5.1 (default, May  6 2016)").isEmpty)
        // The kept word stands for one occurrence only: the second two is not said.
        #expect(!script.findings("Use two names: `two` and two more.", "使用 `two` 這個名稱。").isEmpty)
    }

    /// A number word the source repeats may be said fewer times; a changed one is still found.
    @Test(arguments: ChineseScript.allCases)
    func repeatedNumberWordsMaySayOnce(_ script: ChineseScript) {
        let source = "First the first two items are compared; if they are equal, the next two items are compared."
        #expect(script.findings(source, "首先比较最前面的那项；若相同，则比较下两项。").isEmpty)
        #expect(!script.findings(source, "首先比较最前面的那项；若相同，则比较下三项。").isEmpty)
        // Digits are not words: a repeated `2` said once is still reported.
        #expect(!script.findings("Put 2 and 2 here.", "把 2 放这里。").isEmpty)
    }

    @Test func targetsOfOnlyCodeAreTheAlignmentsBusiness() {
        let bitext = CheckExample(markdownSource: "- Compare two specific files:\n", markdownTarget: "`code {{檔案或目錄/完整/路徑}}`\n").bitext()
        #expect(NumbersCheck().run(on: bitext, context: CheckContext(severity: .error)).isEmpty)
    }

    /// NT$, HK$: another dollar than the US one, which the translation names its own way.
    @Test func otherDollarsAreNotUSDollars() {
        let traditional = ChineseScript.traditional
        #expect(traditional.findings("It costs NT$30,000.", "售價新台幣 3 萬元。").isEmpty)
        #expect(traditional.findings("It costs HK$200.", "售價 200 港元。").isEmpty)
        #expect(!traditional.findings("It costs $200.", "售價 200 元。").isEmpty)
    }

    @Test(arguments: ChineseScript.allCases)
    func skipsUnalignedPairs(_ script: ChineseScript) {
        let bitext = script.pair("There were 10,000 GPUs.\nAnd 2,000 more.", "有 10000 个 GPU。")
        let found = NumbersCheck().run(on: bitext, context: CheckContext(severity: .warning))
        #expect(found.isEmpty)
    }

    @Test(arguments: ChineseScript.allCases)
    func findingCarriesThePairAndSeverity(_ script: ChineseScript) throws {
        let bitext = script.pair("It has 3 layers.\nIt has 4 heads.", "它有 3 层。\n它有 5 个头。")
        let found = NumbersCheck().run(on: bitext, context: CheckContext(severity: .warning))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.check == "numbers")
        #expect(finding.severity == .warning)
        #expect(finding.pair == 1)
        #expect(finding.source.text == "It has 4 heads.")
        #expect(finding.target.line == 2)
    }
}

@Suite struct NumberExtractionOnTheTranscriptTests {
    /// Every line of both transcripts goes through its extractor; the numbers the episode is
    /// known for come out with the values they are compared by.
    @Test func readsBothTranscripts() throws {
        let english = try TestData.text(TestData.englishTranscript)
        let chinese = try TestData.text(TestData.chineseTranscript)
        var englishValues: Set<Double> = []
        var chineseValues: Set<Double> = []
        var englishNames: Set<String> = []
        for line in english.split(separator: "\n") {
            let extracted = EnglishNumberExtractor().extract(String(line))
            englishValues.formUnion(extracted.numbers.filter(\.isRequired).map(\.value))
            englishNames.formUnion(extracted.names.map(\.key))
        }
        for line in chinese.split(separator: "\n") {
            chineseValues.formUnion(ChineseNumberExtractor().extract(String(line)).numbers.filter(\.isRequired).map(\.value))
        }
        for value in [6e11, 4.05e11, 3.7e10, 1e4, 5e4, 1.6e11, 1e12, 2.2, 1.8, 2021, 1200] {
            #expect(englishValues.contains(value), "en.md: \(value)")
            #expect(chineseValues.contains(value), "zh.md: \(value)")
        }
        #expect(englishNames.isSuperset(of: ["h100", "h800", "a100", "h20", "gpt4", "r1", "v3"]))
    }
}
