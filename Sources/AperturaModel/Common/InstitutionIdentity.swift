public import AperturaSource

/// What a self-assessment's kind, order and state must agree on. Both readers apply it, so that an
/// institution is grouped where the Métrica 2017 would put it: a municipality is municipal, the federal and
/// state executives belong to their order, legislatures, judiciaries, parties and constitutional autonomous
/// bodies are federal or state (there are none of a municipality), and a federal institution names no state
/// (results group federal institutions apart). Decentralised bodies, trusts, unions and universities may be of
/// any order: a municipality's water utility or trust is a sujeto obligado of its own.
public enum InstitutionIdentity {
    /// The one order a kind belongs to, or nil when it may be at several.
    public static func requiredOrder(of kind: InstitutionKind) -> GovernmentOrder? {
        switch kind {
        case .municipio: .municipal
        case .ejecutivoFederal: .federal
        case .ejecutivoEstatal: .estatal
        default: nil
        }
    }

    /// The kinds that exist only at the federal and the state order.
    static let notMunicipal: Set<InstitutionKind> = [.legislativo, .judicial, .partido, .autonomo]

    /// Why `order` does not fit `kind`; nil when it does.
    public static func orderConflict(kind: InstitutionKind, order: GovernmentOrder) -> LocalizedText? {
        if order == .municipal, notMunicipal.contains(kind) {
            return LocalizedText(
                es: "una institución de tipo «\(kind.rawValue)» es del orden «federal» o «estatal», no «municipal»",
                en: "an institution of kind '\(kind.rawValue)' belongs to the 'federal' or the 'estatal' order, not 'municipal'")
        }
        guard let required = requiredOrder(of: kind), required != order else { return nil }
        return LocalizedText(
            es: "una institución de tipo «\(kind.rawValue)» es del orden «\(required.rawValue)», no «\(order.rawValue)»",
            en: "an institution of kind '\(kind.rawValue)' belongs to the '\(required.rawValue)' order, not '\(order.rawValue)'")
    }

    /// Why a state given with `order` is out of place; nil when it is not.
    public static func stateConflict(order: GovernmentOrder, state: String?) -> LocalizedText? {
        guard order == .federal, let state else { return nil }
        return LocalizedText(
            es: "una institución federal no indica entidad: quite «state: \(state)» (los resultados agrupan aparte a las federales)",
            en: "a federal institution gives no state: remove 'state: \(state)' (results group federal institutions apart)")
    }
}
