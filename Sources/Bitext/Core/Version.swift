public enum BitextVersion {
    public static let current = "0.1.0"
}
