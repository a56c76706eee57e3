import Foundation
import Testing
@testable import Bitext

/// Apple String Catalogs in and out, on a catalogue written here in Xcode's layout (plural,
/// device and substitution variations, `shouldTranslate`, a comment, a French localization
/// and two Chinese ones) and on the real Xcode XLIFF export of Firefox Focus.
@Suite struct StringCatalogTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_763_000_000), toolVersion: "test")

    /// As Xcode writes it: keys sorted, two-space indent, `" : "`, no final line break.
    static let catalogue = #"""
{
  "sourceLanguage" : "en",
  "strings" : {
    "" : {

    },
    "%lld files" : {
      "comment" : "Number of files in the folder",
      "localizations" : {
        "en" : {
          "variations" : {
            "plural" : {
              "one" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld file"
                }
              },
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld files"
                }
              }
            }
          }
        },
        "fr" : {
          "variations" : {
            "plural" : {
              "one" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld fichier"
                }
              },
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld fichiers"
                }
              }
            }
          }
        },
        "zh-Hans" : {
          "variations" : {
            "plural" : {
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld 个文件"
                }
              }
            }
          }
        }
      }
    },
    "Bookmarks" : {
      "extractionState" : "manual",
      "localizations" : {
        "zh-Hans" : {
          "stringUnit" : {
            "state" : "needs_review",
            "value" : "书签"
          }
        },
        "zh-Hant" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "書籤"
          }
        }
      }
    },
    "Tap to continue" : {
      "localizations" : {
        "zh-Hans" : {
          "variations" : {
            "device" : {
              "mac" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "点按以继续"
                }
              },
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "轻点以继续"
                }
              }
            }
          }
        }
      }
    },
    "Trash" : {
      "shouldTranslate" : false
    },
    "Uploaded %#@photos@" : {
      "localizations" : {
        "en" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "Uploaded %#@photos@"
          },
          "substitutions" : {
            "photos" : {
              "argNum" : 1,
              "formatSpecifier" : "lld",
              "variations" : {
                "plural" : {
                  "one" : {
                    "stringUnit" : {
                      "state" : "translated",
                      "value" : "%arg photo"
                    }
                  },
                  "other" : {
                    "stringUnit" : {
                      "state" : "translated",
                      "value" : "%arg photos"
                    }
                  }
                }
              }
            }
          }
        },
        "zh-Hans" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "已上传%#@photos@"
          },
          "substitutions" : {
            "photos" : {
              "argNum" : 1,
              "formatSpecifier" : "lld",
              "variations" : {
                "plural" : {
                  "other" : {
                    "stringUnit" : {
                      "state" : "translated",
                      "value" : "%arg 张照片"
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "version" : "1.0"
}
"""#

    static func read(_ text: String, targetLanguage: String? = nil) throws -> (AlignedBitext, Diagnostics) {
        var diagnostics = Diagnostics()
        let bitext = try XCStringsBitextReader(targetLanguage: targetLanguage).read(text, path: "Localizable.xcstrings", diagnostics: &diagnostics)
        return (bitext, diagnostics)
    }

    static func written(_ bitext: AlignedBitext) throws -> String {
        String(decoding: try XCStringsWriter().write(bitext, findings: [], context: context), as: UTF8.self)
    }

    @Test func variationsAreUnitsOfTheirOwnAndTheOneChineseFormMeetsEveryEnglishForm() throws {
        let (bitext, diagnostics) = try Self.read(Self.catalogue)
        #expect(bitext.sourceLanguage == .english && bitext.targetLanguage == .chinese)
        #expect(bitext.pairs.map { $0.unit?.id } == [
            "", "%lld files|==|plural.one", "%lld files|==|plural.other", "Bookmarks", "Tap to continue|==|device.mac",
            "Tap to continue|==|device.other", "Trash", "Uploaded %#@photos@", "Uploaded %#@photos@|==|substitutions.photos.plural.one",
            "Uploaded %#@photos@|==|substitutions.photos.plural.other",
        ])
        let files = bitext.pairs.filter { $0.unit?.attributes[XCStringsUnitFields.keyAttribute] == "%lld files" }
        #expect(files.map(\.sourceText) == ["%lld file", "%lld files"])
        #expect(files.map(\.targetText) == ["%lld 个文件", "%lld 个文件"])
        #expect(files[0].unit?.attributes[XCStringsUnitFields.targetVariationAttribute] == "plural.other")
        #expect(files[1].unit?.attributes[XCStringsUnitFields.targetVariationAttribute] == nil)
        #expect(files[0].unit?.notes.map(\.text) == ["Number of files in the folder"])
        // Lines of the `value` strings: en one 16, en other 22, zh-Hans other 52.
        #expect(files.map(\.sourceLine) == [16, 22])
        #expect(files.map(\.targetLine) == [52, 52])
        let bookmarks = try #require(bitext.pairs.first { $0.unit?.id == "Bookmarks" })
        #expect(bookmarks.sourceText == "Bookmarks" && bookmarks.targetText == "书签")
        #expect(bookmarks.unit?.state == "needs_review")
        #expect(bookmarks.sourceLine == 60, "a source that is the key has the key's line")
        let trash = try #require(bitext.pairs.first { $0.unit?.id == "Trash" })
        #expect(trash.unit?.attributes["translate"] == "no", "as XLIFF's translate=\"no\"")
        #expect(trash.target.isEmpty)
        let photo = try #require(bitext.pairs.first { $0.unit?.id == "Uploaded %#@photos@|==|substitutions.photos.plural.one" })
        #expect(photo.sourceText == "%arg photo" && photo.targetText == "%arg 张照片")
        #expect(diagnostics.items.map(\.message) == [
            "the catalogue has several zh localizations: checking zh-Hans (4 strings); zh-Hant (1) is kept for output, not checked",
        ])
        let (traditional, _) = try Self.read(Self.catalogue, targetLanguage: "zh-Hant")
        #expect(traditional.pairs.first { $0.unit?.id == "Bookmarks" }?.targetText == "書籤")
    }

    @Test func aCatalogueComesBackByteForByteAndSoThroughXLIFF2() throws {
        let (bitext, _) = try Self.read(Self.catalogue)
        #expect(try Self.written(bitext) == Self.catalogue)
        var diagnostics = Diagnostics()
        let xliff = try XLIFF2Writer().write(bitext, findings: [], context: Self.context)
        let back = try XLIFFBitextReader().read(.data(xliff, path: "catalogue.xlf"), diagnostics: &diagnostics)
        #expect(try Self.written(back) == Self.catalogue)
    }

    @Test func editedTranslationsGoBackToTheirVariation() throws {
        var (bitext, _) = try Self.read(Self.catalogue)
        let index = try #require(bitext.pairs.firstIndex { $0.unit?.id == "%lld files|==|plural.other" })
        let pair = bitext.pairs[index]
        bitext.pairs[index] = AlignedPair(
            index: pair.index, source: pair.source, target: [Segment(index: 0, text: "共 %lld 个文件", line: 1, block: 0)],
            score: 1, sourceLanguage: .english, targetLanguage: .chinese, unit: pair.unit)
        let written = try Self.written(bitext)
        #expect(written.contains("\"value\" : \"共 %lld 个文件\""))
        #expect(!written.contains("\"value\" : \"%lld 个文件\""))
        #expect(!written.contains("\"one\" : {\n                \"stringUnit\" : {\n                  \"state\" : \"translated\",\n                  \"value\" : \"共"),
                "the borrowed form is not written as a Chinese `one`")
    }

    @Test func keysAreOrderedAsXcodeOrdersThem() {
        // The order of a catalogue Xcode wrote (punctuation by the collation, digits as
        // numbers, case only breaking ties), not code point order.
        let xcodeOrder = [
            "", "\nIntro", " Note", "-", "–", "...", "(%@)", "[DNF]", "%@", "%lld", "%lld Solves", "©", "+2", "|", "0.00", "2x2",
            "All phases", "All Puzzles", "Comment", "COMMENT", "Item 9", "Item 10",
        ]
        let reversed = xcodeOrder.reversed().map { JSONTree.Member(key: $0, value: .null, line: 0) }
        #expect(XcodeJSONWriter.sorted(reversed).map(\.key) == xcodeOrder)
        #expect(XcodeJSONWriter.pretty(.object([JSONTree.Member(key: "a", value: .object([]), line: 0)])) == "{\n  \"a\" : {\n\n  }\n}")
    }

    @Test func brokenCataloguesAreErrorsNamingTheLine() {
        let cases: [(text: String, line: Int, words: String)] = [
            ("{\n  \"strings\" : {\n    \"a\" : {\n      \"comment\" : \"open\n    }\n  }\n}", 4, "unterminated string"),
            ("{\n  \"sourceLanguage\" : \"en\"\n}", 1, "no \"strings\""),
            ("{\n  \"strings\" : {\n    \"a\" : 1\n  }\n}", 3, "not a JSON object"),
            ("{\n  \"strings\" : {\n    \"a\" : {},\n    \"a\" : {}\n  }\n}", 4, "appears twice"),
            ("{\n  \"strings\" : {\n\n  ]\n}", 4, "JSON object key"),
        ]
        for entry in cases {
            do {
                _ = try Self.read(entry.text)
                Issue.record("read without error: \(entry.text)")
            } catch let error as InputError {
                #expect(error.position.file == "Localizable.xcstrings")
                #expect(error.position.line == entry.line, "\(error)")
                #expect(error.message.contains(entry.words), "\(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    /// Xcode exports a catalogue's variations as units `KEY|==|plural.one`: they go back into
    /// their key's entry, nested, with the English forms as the source language's.
    @Test func xcodeExportVariationsBecomeNestedVariations() throws {
        let export = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="App/Localizable.xcstrings" source-language="en" target-language="zh-Hans" datatype="plaintext">
                <body>
                  <trans-unit id="%lld files|==|plural.one" xml:space="preserve">
                    <source>%lld file</source>
                    <target state="translated">%lld 个文件</target>
                  </trans-unit>
                  <trans-unit id="%lld files|==|plural.other" xml:space="preserve">
                    <source>%lld files</source>
                    <target state="translated">%lld 个文件</target>
                  </trans-unit>
                  <trans-unit id="Tap|==|device.mac.plural.other" xml:space="preserve">
                    <source>Click</source>
                    <target state="needs-review-translation">点按</target>
                  </trans-unit>
                </body>
              </file>
            </xliff>
            """#
        var diagnostics = Diagnostics()
        let bitext = try XLIFFBitextReader().read(export, path: "export.xliff", diagnostics: &diagnostics)
        let catalogue = try Self.written(bitext)
        let (read, _) = try Self.read(catalogue)
        #expect(read.pairs.map { $0.unit?.id } == ["%lld files|==|plural.one", "%lld files|==|plural.other", "Tap|==|device.mac.plural.other"])
        #expect(read.pairs.map(\.sourceText) == ["%lld file", "%lld files", "Click"])
        #expect(read.pairs.map(\.targetText) == ["%lld 个文件", "%lld 个文件", "点按"])
        #expect(read.pairs.last?.unit?.state == "needs_review")
        #expect(catalogue.contains("""
                "Tap" : {
                  "localizations" : {
                    "en" : {
                      "variations" : {
                        "device" : {
                          "mac" : {
                            "variations" : {
                              "plural" : {
            """))
    }

    /// Every cut of the catalogue is refused with an error naming a line; none crashes.
    @Test func cutCataloguesAreRefusedNeverACrash() {
        let scalars = Array(Self.catalogue.unicodeScalars)
        for end in stride(from: 0, to: scalars.count - 1, by: 7) {
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: scalars[..<end])
            #expect(throws: InputError.self) { try Self.read(String(cut)) }
        }
    }

    static let focus = TestData.shared.appendingPathComponent("corpus/strings/focusios-zh-CN.xliff")

    /// Xcode's XLIFF export of Firefox Focus (258 units in six tables) into a catalogue and
    /// back: every unit keeps its id, source, target and comment.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: focus.path), "../shared/corpus/strings is not beside the checkout"))
    func anXcodeExportBecomesACatalogueAndComesBack() throws {
        var diagnostics = Diagnostics()
        let export = try XLIFFBitextReader().read(.file(Self.focus.path), diagnostics: &diagnostics)
        #expect(export.pairs.count == 258)
        let catalogue = try Self.written(export)
        let (read, _) = try Self.read(catalogue)
        #expect(read.pairs.count == 258)
        let xliff = try XLIFF12Writer().write(read, findings: [], context: Self.context)
        let back = try XLIFFBitextReader().read(.data(xliff, path: "focus.xlf"), diagnostics: &diagnostics)
        func units(_ bitext: AlignedBitext) -> [String: [String]] {
            Dictionary(uniqueKeysWithValues: bitext.pairs.map { pair in
                (pair.unit?.id ?? "", [pair.sourceText, pair.targetText, pair.unit?.notes.map(\.text).filter { !$0.isEmpty }.joined() ?? ""])
            })
        }
        #expect(units(back) == units(export))
        #expect(try Self.written(back) == catalogue, "the catalogue through XLIFF 1.2 is the same catalogue")
        let missionLabel = try #require(read.pairs.first { $0.unit?.id == "About.missionLabel" })
        #expect(missionLabel.sourceText.hasPrefix("%@ is produced by Mozilla."))
        #expect(missionLabel.targetText.hasPrefix("%@ 由 Mozilla 出品。"))
    }
}
