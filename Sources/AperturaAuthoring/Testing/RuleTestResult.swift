public import AperturaSource

/// What running one case gave: passed, or the expectations it failed, each at its `file:line`.
public struct RuleTestResult: Hashable, Sendable {
    public struct Failure: Hashable, Sendable {
        public var range: SourceRange
        public var message: LocalizedText
        public init(range: SourceRange, message: LocalizedText) {
            self.range = range
            self.message = message
        }
    }

    public var file: String
    public var name: String
    public var range: SourceRange
    public var failures: [Failure]

    public init(file: String, name: String, range: SourceRange, failures: [Failure]) {
        self.file = file
        self.name = name
        self.range = range
        self.failures = failures
    }

    public var passed: Bool { failures.isEmpty }
}
