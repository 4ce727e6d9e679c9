import AperturaExpressions
public import AperturaModel
public import AperturaSource

/// Whether a rule applies to an institution known only by its kind, its order, or both (`apertura explain
/// --kind/--order`), judged as the engine judges scope: by the rule's own `applies_to` and by every policy entry
/// that covers the rule, all of which must admit the institution. A condition that the kind or order settles
/// (`institution.kind != "municipio" || …` for a trust) is decided; one that needs the answers, and a restriction
/// on the part of the identity not given, leave the question open.
public enum IdentityScope: Sendable, Equatable {
    case applies
    /// What decides: a condition of scope, the kind, the order (when not given).
    case mayApply(condition: Bool, kind: Bool, order: Bool)
    case doesNotApply

    public static func of(_ rule: Rule, in policy: Policy, kind: InstitutionKind?, order: GovernmentOrder?) -> IdentityScope {
        let scopes = [rule.appliesTo] + policy.applicability.filter { $0.covers(rule: rule) }.map(\.appliesTo)
        var (byCondition, byKind, byOrder) = (false, false, false)
        let known = ["institution.kind": kind?.rawValue, "institution.order": order?.rawValue].compactMapValues { $0 }
        for scope in scopes {
            if let kinds = scope.kinds {
                if let kind {
                    if !kinds.contains(kind) { return .doesNotApply }
                } else if let order, !kinds.contains(where: { InstitutionIdentity.requiredOrder(of: $0).map { $0 == order } ?? true }) {
                    return .doesNotApply  // only kinds of another order: a municipio is never estatal
                } else {
                    byKind = true
                }
            }
            if let orders = scope.orders {
                if let order { if !orders.contains(order) { return .doesNotApply } } else { byOrder = true }
            }
            if let when = scope.when {
                switch KnownNamesCondition.decide(when.text, known: known) {
                case true?: break
                case false?: return .doesNotApply
                case nil: byCondition = true
                }
            }
        }
        return byCondition || byKind || byOrder ? .mayApply(condition: byCondition, kind: byKind, order: byOrder) : .applies
    }

    /// "aplica", "no aplica", "depende de una condición".
    public func text(_ language: Language) -> String {
        switch self {
        case .applies: language == .es ? "aplica" : "it applies"
        case .doesNotApply: language == .es ? "no aplica" : "it does not apply"
        case .mayApply: (language == .es ? "depende " : "it depends ") + Self.deciders(of: [self], language)
        }
    }

    /// What leaves the scope of some rules open, over all of them, with its preposition: "de una condición o del
    /// orden de gobierno", "on a condition or the order of government".
    public static func deciders(of verdicts: [IdentityScope], _ language: Language) -> String {
        var (condition, kind, order) = (false, false, false)
        for case .mayApply(let c, let k, let o) in verdicts { (condition, kind, order) = (condition || c, kind || k, order || o) }
        let es = language == .es
        let parts = [condition || !(kind || order) ? (es ? "de una condición" : "a condition") : nil,
                     kind ? (es ? "del tipo de institución" : "the kind of institution") : nil,
                     order ? (es ? "del orden de gobierno" : "the order of government") : nil].compactMap { $0 }
        return (es ? "" : "on ") + parts.joined(separator: es ? " o " : " or ")
    }
}
