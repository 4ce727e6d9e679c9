/// To whom something applies. Every condition given must hold; an absent condition holds for all.
public struct Applicability: Hashable, Sendable, Codable {
    public var orders: Set<GovernmentOrder>?
    public var kinds: Set<InstitutionKind>?
    /// A CEL condition over the institution and the answers.
    public var when: ExpressionSource?

    public init(orders: Set<GovernmentOrder>? = nil, kinds: Set<InstitutionKind>? = nil, when: ExpressionSource? = nil) {
        self.orders = orders
        self.kinds = kinds
        self.when = when
    }

    public static let everyone = Applicability()

    /// The part of the test that needs no expression.
    public func matchesIdentity(order: GovernmentOrder, kind: InstitutionKind) -> Bool {
        (orders?.contains(order) ?? true) && (kinds?.contains(kind) ?? true)
    }
}
