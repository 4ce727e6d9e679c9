/// How far a batch has got, reported after each window of work.
public struct BatchProgress: Sendable, Hashable {
    public var filesDone: Int
    public var filesTotal: Int
    public var evaluated: Int
    public var invalid: Int

    public init(filesDone: Int, filesTotal: Int, evaluated: Int, invalid: Int) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.evaluated = evaluated
        self.invalid = invalid
    }
}
