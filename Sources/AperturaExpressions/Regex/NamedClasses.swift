/// The named classes of RE2: Perl (`\d`), POSIX (`[:alpha:]`) and Unicode (`\pL`, `\p{Lu}`).
/// Perl and POSIX classes are ASCII-only in RE2, and so they are here.
enum NamedClasses {
    /// `\d`, `\s`, `\w` and their negations `\D`, `\S`, `\W`.
    static func perl(_ letter: Unicode.Scalar) -> ScalarSet? {
        switch letter {
        case "d": ScalarSet(asciiRanges: "09")
        case "D": ScalarSet(asciiRanges: "09", negated: true)
        case "s": space
        case "S": ScalarSet(items: space.items, negated: true)
        case "w": word
        case "W": ScalarSet(items: word.items, negated: true)
        default: nil
        }
    }

    /// RE2's `\s`: tab, line feed, form feed, carriage return and space (not the vertical tab).
    private static let space = ScalarSet(items: [.range(9, 10), .range(12, 13), .range(32, 32)])
    private static let word = ScalarSet(asciiRanges: "09AZaz__")

    /// `[:name:]` inside brackets.
    static func posix(_ name: String) -> ScalarSet? {
        switch name {
        case "alnum": ScalarSet(asciiRanges: "09AZaz")
        case "alpha": ScalarSet(asciiRanges: "AZaz")
        case "ascii": ScalarSet(items: [.range(0, 0x7F)])
        case "blank": ScalarSet(items: [.range(9, 9), .range(32, 32)])
        case "cntrl": ScalarSet(items: [.range(0, 0x1F), .range(0x7F, 0x7F)])
        case "digit": ScalarSet(asciiRanges: "09")
        case "graph": ScalarSet(asciiRanges: "!~")
        case "lower": ScalarSet(asciiRanges: "az")
        case "print": ScalarSet(asciiRanges: " ~")
        case "punct": ScalarSet(asciiRanges: "!/:@[`{~")
        case "space": ScalarSet(items: [.range(9, 13), .range(32, 32)])
        case "upper": ScalarSet(asciiRanges: "AZ")
        case "word": word
        case "xdigit": ScalarSet(asciiRanges: "09AFaf")
        default: nil
        }
    }

    /// A Unicode general category, by its one- or two-letter name, or `Any`. Scripts (`\p{Greek}`)
    /// are not supported: Swift's standard library does not expose the script of a scalar.
    static func unicode(_ name: String) -> ScalarSet? {
        if name == "Any" { return ScalarSet(items: [.range(0, 0x10FFFF)]) }
        if let categories = groups[name] { return ScalarSet(items: [.categories(categories)]) }
        if let category = categories[name] { return ScalarSet(items: [.categories([category])]) }
        return nil
    }

    private static let categories: [String: Unicode.GeneralCategory] = [
        "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter, "Lo": .otherLetter,
        "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark,
        "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber,
        "Pc": .connectorPunctuation, "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation,
        "Pi": .initialPunctuation, "Pf": .finalPunctuation, "Po": .otherPunctuation,
        "Sm": .mathSymbol, "Sc": .currencySymbol, "Sk": .modifierSymbol, "So": .otherSymbol,
        "Zs": .spaceSeparator, "Zl": .lineSeparator, "Zp": .paragraphSeparator,
        "Cc": .control, "Cf": .format, "Cs": .surrogate, "Co": .privateUse,
    ]

    /// The one-letter groups; as in RE2, `C` leaves out unassigned code points.
    private static let groups: [String: [Unicode.GeneralCategory]] = {
        var groups: [String: [Unicode.GeneralCategory]] = [:]
        for (name, category) in categories { groups[String(name.prefix(1)), default: []].append(category) }
        return groups
    }()
}
