/// The meaning of a piece of terminal text, which the command line turns into a colour (or none).
public enum Tone: Sendable {
    case plain, good, bad, warning, muted, heading, error
}

/// Paints text by tone. The renderer never decides colour itself: the caller knows the terminal.
public typealias Painter = @Sendable (String, Tone) -> String

public let plainPainter: Painter = { text, _ in text }
