// PLACEHOLDER: removed when the glossary work lands.
public enum GlossaryLoader {
    public static func load(path: String) throws -> Glossary { .empty }
}
