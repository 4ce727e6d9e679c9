/// A lexical token of CEL source, with its UTF-8 offset.
struct Token {
    enum Kind: Equatable {
        case identifier(String)
        /// A decimal or hex integer without its sign; may be 2^63, valid only after `-`.
        case int(UInt64)
        case uint(UInt64)
        case double(Double)
        case string(String)
        case bytes([UInt8])
        /// A backtick-quoted field name (`a.\`b-c\``).
        case quotedIdentifier(String)
        case punct(Punct)
        case end
    }

    enum Punct: String {
        case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
        case and = "&&", or = "||", not = "!", question = "?", colon = ":"
        case dot = ".", comma = ",", lbracket = "[", rbracket = "]"
        case lparen = "(", rparen = ")", lbrace = "{", rbrace = "}"
        case `in` = "in"
    }

    var kind: Kind
    var offset: Int
}
