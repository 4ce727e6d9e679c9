public import AperturaSource

/// Order of government (orden de gobierno).
public enum GovernmentOrder: String, Sendable, Codable, CaseIterable, Hashable {
    case federal
    case estatal
    case municipal

    public var name: LocalizedText {
        switch self {
        case .federal: LocalizedText(es: "Federal", en: "Federal")
        case .estatal: LocalizedText(es: "Estatal", en: "State")
        case .municipal: LocalizedText(es: "Municipal", en: "Municipal")
        }
    }
}
