/// How large a chart's text ends up on screen. A chart is drawn in a viewBox and scaled to the box it gets, so
/// its text, `fontSize` units high, renders at fontSize × box width / viewBox width pixels: the narrower the
/// viewBox, the less a phone shrinks it.
enum ChartScale {
    /// Every chart text is this many units high, axis labels included.
    static let fontSize = 13
    /// The box a chart gets on a 390 px phone: the page's 1 rem of padding on each side leaves 358 px.
    static let phoneBox = 358
    /// The smallest text, in px, a chart may render at in that box.
    static let smallestOnPhone = 12
    /// The widest viewBox whose text keeps that size on the phone: 13 × 358 / 12 = 387.8, so 387 units.
    static let widestForPhone = fontSize * phoneBox / smallestOnPhone
    /// The viewBox width of every chart, under that limit (13 × 358 / 360 = 12.9 px on the phone).
    static let width = 360
    /// Where there is room, a chart is drawn at 15/13 of its units, its text 15 px high (about what it was in a
    /// half-page column on a desktop screen), not blown up to the width of the column.
    static func displaySize(_ units: Int) -> Int { (units * 15 + 6) / 13 }
    /// The tallest drawing, in units, that prints at its full size. The print style caps a chart at 8.5 in (816 px,
    /// what a Letter page leaves under a heading) and shrinks a taller one, text and all (the 32 states came out
    /// at about 6 pt); a chart under the table, full width, is drawn at 15/13: 816 × 13 / 15 = 707. A chart with
    /// more rows is drawn as several such pieces, one under the other, between which a page can break.
    static let printHeight = 700
}
