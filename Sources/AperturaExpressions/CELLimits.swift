/// Bounds that keep compilation and evaluation of untrusted expressions cheap and safe.
public struct CELLimits: Hashable, Sendable {
    /// Longest accepted source, in UTF-8 bytes.
    public var maxSourceLength: Int
    /// Deepest accepted nesting of sub-expressions (parentheses, calls, lists, operator chains).
    public var maxDepth: Int
    /// Evaluation steps allowed for one evaluation; each comprehension iteration is a step.
    public var maxCost: Int

    /// Creates limits; the defaults suit rule files.
    public init(maxSourceLength: Int = 4_096, maxDepth: Int = 64, maxCost: Int = 1_000_000) {
        self.maxSourceLength = maxSourceLength
        self.maxDepth = maxDepth
        self.maxCost = maxCost
    }

    /// 4,096 bytes, depth 64, 1,000,000 steps.
    public static let `default` = CELLimits()
}
