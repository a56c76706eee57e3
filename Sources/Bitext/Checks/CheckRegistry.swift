/// Every check bitext knows, in catalogue order. Adding a check means adding its type here.
public enum CheckRegistry {
    public static let all: [any Check.Type] = [
        ForbiddenTermCheck.self,
        NumbersCheck.self,
    ]

    public static func check(withID id: String) -> (any Check.Type)? {
        all.first { $0.description.id == id }
    }
}
