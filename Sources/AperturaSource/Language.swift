/// The languages user-facing text is available in. Spanish is the default.
public enum Language: String, Sendable, Codable, CaseIterable {
    case es
    case en
}
