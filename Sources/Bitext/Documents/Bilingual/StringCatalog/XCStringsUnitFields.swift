/// Where the parts of a String Catalog entry live in a `TranslationUnitInfo`, so that TMX
/// and XLIFF carry them and the catalogue writer puts them back.
///
/// - The key and the variation path are unit *attributes* of origin `xcstrings`; the unit's
///   id is `KEY` or, as in Xcode's XLIFF export, `KEY|==|plural.one`.
/// - `shouldTranslate: false` is the attribute `translate="no"`, as XLIFF has it.
/// - The `comment` is a note; `extractionState` an attribute; the target's `state` the
///   unit's state.
/// - What else the entry has (other languages, substitution arguments, unknown fields) is
///   kept as JSON text (`PreservedXML` of origin `xcstrings`) on the entry's first pair,
///   without the strings the pairs hold.
enum XCStringsUnitFields {
    static let keyAttribute = "key"
    static let variationAttribute = "variation"
    /// On a pair whose target is another form's (Chinese `other` for English `one`, the plain
    /// string for a plural): that form's path. Such a pair does not own its target.
    static let targetVariationAttribute = "target-variation"
    /// On a pair whose source is not its own form's: the path it was taken from, or `key`.
    static let sourceVariationAttribute = "source-variation"
    static let sourceFromKey = "key"
    static let translateAttribute = "translate"
    static let extractionStateAttribute = "extractionState"
}
