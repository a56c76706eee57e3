/// The curated part of the regional vocabulary: Taiwan words OpenCC's tables lack, and the
/// OpenCC pairs whose glosses cannot tell the senses apart, each with the English words that
/// must be in the source for it to apply (a Taiwan text says 支持 for backing a view and 支援
/// for what software supports; 消息 is news there too, 訊息 only a message).
enum RegionalWordList {
    struct Entry {
        var regional: String
        /// Lower-cased English words, matched exactly.
        var sourceWords: Set<String>
    }

    /// The entry for a word written in Simplified characters.
    static func replacement(of word: String, in region: ChineseRegion) -> Entry? {
        region == .taiwan ? taiwan[word] : nil
    }

    /// Words OpenCC converts that are left as written: Taiwan writes them too (了解 beside 瞭解,
    /// 腳本 for a script, 實例 for an instance, 點擊 for a click, 打開 and 發布 in everyday use),
    /// or both words are right in different senses the source cannot tell apart (类型 "type"
    /// is 型別 only for data types; 参数 is a parameter and 引數 an argument), or OpenCC's word
    /// is not Taiwan's (二進位制 for 二進位).
    static func isLeftAsWritten(_ word: String, in region: ChineseRegion) -> Bool {
        region == .taiwan && taiwanLeftAsWritten.contains(word)
    }

    private static let taiwanLeftAsWritten: Set<String> = [
        "类型", "参数", "计算机", "打开", "点击", "了解", "宣布", "发布", "脚本", "实例", "二进制", "后缀", "前缀",
        "文本", "绑定", "信号", "代码",
    ]

    private static let taiwan: [String: Entry] = [
        // OpenCC has no entry.
        "质量": Entry(regional: "品質", sourceWords: ["quality"]),
        "数字": Entry(regional: "數位", sourceWords: ["digital"]),
        // CC-CEDICT lacks OpenCC's word, so its glosses cannot confirm it.
        "算法": Entry(regional: "演算法", sourceWords: ["algorithm", "algorithms"]),
        // OpenCC's pair, narrowed to the sense in which it holds.
        "支持": Entry(regional: "支援", sourceWords: ["supported", "supports", "unsupported"]),
        "消息": Entry(regional: "訊息", sourceWords: ["message", "messages"]),
        "视频": Entry(regional: "影片", sourceWords: ["video", "videos"]),
        "扩展": Entry(regional: "擴充套件", sourceWords: ["extension", "extensions"]),
    ]
}
