import Foundation

/// Writes a glossary as a TBX v3 TBX-Basic document in DCA style. Source forms become
/// English terms (the name preferred, variants admitted), accepted renderings Chinese
/// terms (the first preferred), forbidden renderings deprecated Chinese terms. Reading the
/// result gives back the same glossary.
struct TBXGlossaryWriter: GlossaryWriter {
    func write(_ glossary: Glossary, path: String) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.open("tbx", ["type": "TBX-Basic", "style": "dca", "xml:lang": "en", "xmlns": "urn:iso:std:iso:30042:ed-2"])
        try xml.open("tbxHeader")
        try xml.open("fileDesc")
        try xml.open("sourceDesc")
        try xml.leaf("p", text: "English-Chinese glossary written by bitext \(BitextVersion.current).")
        try xml.close()
        try xml.close()
        try xml.close()
        try xml.open("text")
        try xml.open("body")
        for (index, term) in glossary.terms.enumerated() {
            try checkWritable(term, path: path)
            try xml.open("conceptEntry", ["id": "c\(index + 1)"])
            if let note = term.note {
                try xml.leaf("note", text: note)
            }
            try xml.open("langSec", ["xml:lang": "en"])
            for (position, form) in term.sourceForms.enumerated() {
                try termSection(
                    form, status: position == 0 ? .preferred : .admitted,
                    note: position == 0 && term.caseSensitive ? TBXGlossaryReader.caseSensitiveNote : nil, in: xml)
            }
            try xml.close()
            try xml.open("langSec", ["xml:lang": Language.chinese.tag])
            for (position, rendering) in term.accepted.enumerated() {
                try termSection(rendering, status: position == 0 ? .preferred : .admitted, note: nil, in: xml)
            }
            for rendering in term.forbidden {
                try termSection(rendering, status: .deprecated, note: nil, in: xml)
            }
            try xml.close()
            try xml.close()
        }
        try xml.close()
        try xml.close()
        try xml.close()
        return try xml.finish()
    }

    private func termSection(_ text: String, status: TBXTermBase.Status, note: String?, in xml: XMLWriter) throws {
        try xml.open("termSec")
        try xml.leaf("term", text: text)
        try xml.leaf("termNote", ["type": "administrativeStatus"], text: status.rawValue)
        if let note { try xml.leaf("note", text: note) }
        try xml.close()
    }

    /// XML 1.0 cannot carry most control characters; refusing is better than dropping them.
    private func checkWritable(_ term: GlossaryTerm, path: String) throws {
        let texts = term.sourceForms + term.accepted + term.forbidden + [term.note ?? ""]
        for text in texts {
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
                throw InputError(file: path, "term '\(term.name)' contains a control character that XML cannot hold")
            }
        }
    }
}
