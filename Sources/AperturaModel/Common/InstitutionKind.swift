public import AperturaSource

/// Kinds of obligated subject, as the Métrica de Gobierno Abierto classifies them.
public enum InstitutionKind: String, Sendable, Codable, CaseIterable, Hashable {
    case ejecutivoFederal = "ejecutivo_federal"
    case descentralizado
    case ejecutivoEstatal = "ejecutivo_estatal"
    case legislativo
    case judicial
    case autonomo
    case municipio
    case partido
    case sindicato
    case fideicomiso
    case universidad

    public var name: LocalizedText {
        switch self {
        case .ejecutivoFederal: LocalizedText(es: "Ejecutivo federal", en: "Federal executive")
        case .descentralizado: LocalizedText(es: "Descentralizado", en: "Decentralised body")
        case .ejecutivoEstatal: LocalizedText(es: "Ejecutivo estatal", en: "State executive")
        case .legislativo: LocalizedText(es: "Legislativo", en: "Legislature")
        case .judicial: LocalizedText(es: "Judicial", en: "Judiciary")
        case .autonomo: LocalizedText(es: "Autónomo", en: "Autonomous body")
        case .municipio: LocalizedText(es: "Municipio", en: "Municipality")
        case .partido: LocalizedText(es: "Partido político", en: "Political party")
        case .sindicato: LocalizedText(es: "Sindicato", en: "Union")
        case .fideicomiso: LocalizedText(es: "Fideicomiso o fondo público", en: "Trust or public fund")
        case .universidad: LocalizedText(es: "Universidad pública", en: "Public university")
        }
    }
}
