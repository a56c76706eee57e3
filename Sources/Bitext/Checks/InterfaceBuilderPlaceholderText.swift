/// The text Xcode's Interface Builder gives a new label or button (`Label`, `Title`,
/// `Subtitle`, `Button`), exported with the storyboard's strings and noted as
/// `Class = "UILabel"; text = "Title"; ObjectID = "…";`. The app sets the real text at run
/// time; a translator who leaves the design-time text as it is has nothing to translate.
enum InterfaceBuilderPlaceholderText {
    static let defaults: Set<String> = ["Label", "Title", "Subtitle", "Detail", "Button", "Text", "Item"]

    static func isPlaceholder(_ pair: AlignedPair) -> Bool {
        guard defaults.contains(pair.sourceText), let notes = pair.unit?.notes else { return false }
        return notes.contains { note in
            note.text.hasPrefix("Class = \"") && note.text.contains("text = \"\(pair.sourceText)\"")
        }
    }
}
