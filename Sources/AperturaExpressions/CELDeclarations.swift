/// The variables an expression may read, with their types.
///
/// Declaration order is slot order: the activation passed to `CELProgram.evaluate` holds the
/// value of the n-th declared variable at index n, so evaluation never looks names up.
public struct CELDeclarations: Sendable {
    /// Declared names in slot order.
    public private(set) var names: [String] = []
    /// Declared types in slot order.
    public private(set) var types: [CELType] = []
    private var slotByName: [String: Int] = [:]

    /// An empty set of declarations.
    public init() {}

    /// Declares `name` with `type` at the next slot. Re-declaring a name replaces its type and
    /// keeps its slot.
    public mutating func declare(_ name: String, _ type: CELType) {
        if let slot = slotByName[name] {
            types[slot] = type
            return
        }
        slotByName[name] = names.count
        names.append(name)
        types.append(type)
    }

    /// The slot of `name`, or nil when it is not declared.
    public func slot(of name: String) -> Int? { slotByName[name] }

    /// How many variables are declared.
    public var count: Int { names.count }
}

/// The values of the declared variables for one evaluation, indexed by declaration slot.
public struct CELActivation: Sendable {
    /// One value per declared variable, in declaration order.
    public var slots: [CELValue]

    /// Creates an activation; `slots[n]` is the value of the n-th declared variable.
    public init(slots: [CELValue]) {
        self.slots = slots
    }
}
