import Foundation

/// Writes a glossary as a TBX v3 TBX-Basic document in DCA style. Source forms become
/// English terms (the name preferred, variants admitted), accepted renderings Chinese
/// terms (the first preferred), forbidden renderings deprecated Chinese terms, in a `zh`
/// section and one per region with renderings of its own (`zh-TW`). Reading the
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
            let general = RegionalRenderings(accepted: term.accepted, forbidden: term.forbidden)
            if !general.isEmpty || term.regional.isEmpty {
                // Plain `zh`: `zh-CN` would read back as the mainland's own renderings.
                try chineseSection(general, language: "zh", in: xml)
            }
            for region in ChineseRegion.allCases {
                if let renderings = term.regional[region], !renderings.isEmpty {
                    try chineseSection(renderings, language: region.rawValue, in: xml)
                }
            }
            try xml.close()
        }
        try xml.close()
        try xml.close()
        try xml.close()
        return try xml.finish()
    }

    /// Renderings for `zh` (the general ones) or for one region (`zh-TW`).
    private func chineseSection(_ renderings: RegionalRenderings, language: String, in xml: XMLWriter) throws {
        try xml.open("langSec", ["xml:lang": language])
        for (position, rendering) in renderings.accepted.enumerated() {
            try termSection(rendering, status: position == 0 ? .preferred : .admitted, note: nil, in: xml)
        }
        for rendering in renderings.forbidden {
            try termSection(rendering, status: .deprecated, note: nil, in: xml)
        }
        try xml.close()
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
            + term.regional.values.flatMap { $0.accepted + $0.forbidden }
        for text in texts {
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
                throw InputError(file: path, "term '\(term.name)' contains a control character that XML cannot hold")
            }
        }
    }
}
