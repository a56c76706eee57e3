import Foundation

/// Writes a glossary as a TBX v3 TBX-Basic document in DCA style. Source forms become
/// English terms (the name preferred, variants admitted), accepted renderings Chinese
/// terms (the first preferred), forbidden renderings deprecated Chinese terms. Reading the
/// result gives back the same glossary.
struct TBXGlossaryWriter: GlossaryWriter {
    func write(_ glossary: Glossary, path: String) throws -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>English-Chinese glossary written by bitext \(BitextVersion.current).</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for (index, term) in glossary.terms.enumerated() {
            try checkWritable(term, path: path)
            xml += "      <conceptEntry id=\"c\(index + 1)\">\n"
            if let note = term.note {
                xml += "        <note>\(escaped(note))</note>\n"
            }
            xml += "        <langSec xml:lang=\"en\">\n"
            for (position, form) in term.sourceForms.enumerated() {
                xml += termSection(form, status: position == 0 ? .preferred : .admitted,
                                   note: position == 0 && term.caseSensitive ? TBXGlossaryReader.caseSensitiveNote : nil)
            }
            xml += "        </langSec>\n"
            xml += "        <langSec xml:lang=\"\(Language.chinese.tag)\">\n"
            for (position, rendering) in term.accepted.enumerated() {
                xml += termSection(rendering, status: position == 0 ? .preferred : .admitted, note: nil)
            }
            for rendering in term.forbidden {
                xml += termSection(rendering, status: .deprecated, note: nil)
            }
            xml += "        </langSec>\n"
            xml += "      </conceptEntry>\n"
        }
        xml += """
                </body>
              </text>
            </tbx>

            """
        return Data(xml.utf8)
    }

    private func termSection(_ text: String, status: TBXTermBase.Status, note: String?) -> String {
        var section = "          <termSec>\n"
        section += "            <term>\(escaped(text))</term>\n"
        section += "            <termNote type=\"administrativeStatus\">\(status.rawValue)</termNote>\n"
        if let note { section += "            <note>\(escaped(note))</note>\n" }
        section += "          </termSec>\n"
        return section
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

    private func escaped(_ text: String) -> String {
        // Scalars, not characters: `\r\n` is one Character and its `\r` must survive parsing.
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
