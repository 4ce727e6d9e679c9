/// A text that a person reads, in Spanish and, where given, English.
///
/// Spanish is always present: the policy's own language. English falls back to Spanish,
/// and `isTranslated` tells whether it did, so `lint` can point at missing translations.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var es: String
    public var en: String?

    public init(es: String, en: String? = nil) {
        self.es = es
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .es: es
        case .en: en ?? es
        }
    }

    public var isTranslated: Bool { en != nil }
}
