/// One input file of a batch, with how it is read.
public struct BatchInputFile: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A YAML file: one self-assessment or a multi-document stream of them.
        case yaml
        /// A CSV table, one institution per row, read through a column mapping.
        case csv
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}
