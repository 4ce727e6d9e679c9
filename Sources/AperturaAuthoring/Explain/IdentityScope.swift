import AperturaExpressions
public import AperturaModel
public import AperturaSource

/// Whether a rule applies to an institution known only by its kind, its order, or both (`apertura explain
/// --kind/--order`), judged as the engine judges scope: by the rule's own `applies_to` and by every policy entry
/// that covers the rule, all of which must admit the institution. A condition that the kind or order settles
/// (`institution.kind != "municipio" || …` for a trust) is decided; one that needs the answers, and a restriction
/// on the part of the identity not given, leave the question open. `phase`, that of the as-of date, decides whether an
/// entry limited to some `phases` holds (the PAI policy exempts parties and unions from open data in its first phase
/// only); nil (a date in no phase): such an entry counts as if it held.
public enum IdentityScope: Sendable, Equatable {
    case applies
    /// What decides: a condition of scope, the kind, the order (when not given).
    case mayApply(condition: Bool, kind: Bool, order: Bool)
    case doesNotApply

    public static func of(_ rule: Rule, in policy: Policy, kind: InstitutionKind?, order: GovernmentOrder?, phase: PhaseID?) -> IdentityScope {
        judge(rule, in: policy, kind: kind, order: order, phase: phase).scope
    }

    /// The policy entry that leaves the rule out for the institution, when it is one (not the rule's own scope):
    /// its reason says why.
    public static func exemption(of rule: Rule, in policy: Policy, kind: InstitutionKind?, order: GovernmentOrder?,
                                 phase: PhaseID?) -> PolicyApplicability? {
        judge(rule, in: policy, kind: kind, order: order, phase: phase).excludedBy
    }

    /// The policy's entries that cover `rule` and hold in `phase`.
    public static func entries(of rule: Rule, in policy: Policy, phase: PhaseID?) -> [PolicyApplicability] {
        policy.applicability.filter { $0.covers(rule: rule) && $0.holds(in: phase) }
    }

    /// The verdict, and the policy entry that decided it when it is `doesNotApply` by one.
    private static func judge(
        _ rule: Rule, in policy: Policy, kind: InstitutionKind?, order: GovernmentOrder?, phase: PhaseID?
    ) -> (scope: IdentityScope, excludedBy: PolicyApplicability?) {
        let scopes: [(Applicability, PolicyApplicability?)] = [(rule.appliesTo, nil)] + entries(of: rule, in: policy, phase: phase).map { ($0.appliesTo, $0) }
        var (byCondition, byKind, byOrder) = (false, false, false)
        let known = ["institution.kind": kind?.rawValue, "institution.order": order?.rawValue].compactMapValues { $0 }
        for (scope, entry) in scopes {
            if let kinds = scope.kinds {
                if let kind {
                    if !kinds.contains(kind) { return (.doesNotApply, entry) }
                } else if let order, !kinds.contains(where: { InstitutionIdentity.requiredOrder(of: $0).map { $0 == order } ?? true }) {
                    return (.doesNotApply, entry)  // only kinds of another order: a municipio is never estatal
                } else {
                    byKind = true
                }
            }
            if let orders = scope.orders {
                if let order { if !orders.contains(order) { return (.doesNotApply, entry) } } else { byOrder = true }
            }
            if let when = scope.when {
                switch KnownNamesCondition.decide(when.text, known: known) {
                case true?: break
                case false?: return (.doesNotApply, entry)
                case nil: byCondition = true
                }
            }
        }
        return (byCondition || byKind || byOrder ? .mayApply(condition: byCondition, kind: byKind, order: byOrder) : .applies, nil)
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
