extension Character {
    /// 0 to 9 only: `isNumber` also takes other scripts' digits and fractions, which no figure in a file means.
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
