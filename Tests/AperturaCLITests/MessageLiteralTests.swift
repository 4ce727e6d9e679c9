import Foundation
import Testing
import TestSupport

/// A sweep over every message the sources write in both languages, read from the Swift sources themselves:
/// the English side (`en: "..."`, the second text of `t("...", "...")`, the else branch of `es ? "..." : "..."`)
/// holds no Spanish letter or quote mark, and no text anywhere hedges a plural with "error(s)" or "error(es)"
/// (a count says "1 error", "2 errores": `CountText`). Interpolations are left out, so a name or a value
/// shown in an English message (which may well be Spanish) raises no alarm.
@Suite struct MessageLiteralTests {
    static let spanishOnly = CharacterSet(charactersIn: "áéíóúÁÉÍÓÚñÑ¿¡«»")

    @Test func englishTextsHaveNoSpanishAndNoTextHedgesAPlural() throws {
        var english = 0
        for (file, tokens) in try Self.sourceTokens() {
            for (index, token) in tokens.enumerated() {
                guard case .text(let text) = token else { continue }
                #expect(text.firstMatch(of: /[a-zñ]\((s|es)\)/) == nil, "\(file): hedged plural in \"\(text)\"")
                guard Self.isEnglish(tokens, at: index) else { continue }
                english += 1
                #expect(text.rangeOfCharacter(from: Self.spanishOnly) == nil, "\(file): Spanish in the English text \"\(text)\"")
            }
        }
        // The sweep reads what it means to: several hundred English texts.
        #expect(english > 500, "\(english) English texts found")
    }

    /// A name shown in a Spanish message is quoted «así», as everywhere else, not 'así' (the expression
    /// compiler's messages once were). Code inside backticks keeps CEL's own quotes (`... == 'x'`).
    @Test func spanishTextsQuoteNamesWithGuillemets() throws {
        var spanish = 0
        for (file, tokens) in try Self.sourceTokens() {
            for (index, token) in tokens.enumerated() {
                guard case .text(let text) = token, index >= 2, tokens[index - 2] == .word("es"), tokens[index - 1] == .mark(":") else { continue }
                spanish += 1
                let prose = text.replacing(/`[^`]*`/, with: "")
                #expect(!prose.contains("'\u{FFFC}'"), "\(file): a name quoted with ' in the Spanish text \"\(text)\"")
            }
        }
        #expect(spanish > 300, "\(spanish) Spanish texts found")
    }

    /// Every Swift file under `Sources/`, in path order, with its tokens.
    static func sourceTokens() throws -> [(file: String, tokens: [SwiftTokens.Token])] {
        let sources = SharedData.packageRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        return try files.sorted().map { file in
            (file, SwiftTokens(try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)).tokens)
        }
    }

    /// `en: "x"`, `t("…", "x")`, `es ? "…" : "x"` (also `language == .es ? "…" : "x"`).
    static func isEnglish(_ tokens: [SwiftTokens.Token], at index: Int) -> Bool {
        func token(_ offset: Int) -> SwiftTokens.Token? { tokens.indices.contains(index + offset) ? tokens[index + offset] : nil }
        if token(-2) == .word("en"), token(-1) == .mark(":") { return true }
        if token(-1) == .mark(","), case .text? = token(-2), token(-3) == .mark("("), token(-4) == .word("t") { return true }
        if token(-1) == .mark(":"), case .text? = token(-2), token(-3) == .mark("?"), token(-4) == .word("es") { return true }
        return false
    }
}

/// Just enough of Swift's lexical structure to find string literals and the words and marks around them:
/// comments are skipped, interpolations (with their own nested literals) are replaced by one placeholder.
struct SwiftTokens {
    enum Token: Equatable {
        case word(String), mark(Character), text(String)
    }

    private(set) var tokens: [Token] = []
    private let s: [Character]

    init(_ source: String) {
        s = Array(source)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "/", i + 1 < s.count, s[i + 1] == "/" {
                while i < s.count, s[i] != "\n" { i += 1 }
            } else if c == "/", i + 1 < s.count, s[i + 1] == "*" {
                i += 2
                while i + 1 < s.count, !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                i += 2
            } else if c == "\"" {
                let multiline = i + 2 < s.count && s[i + 1] == "\"" && s[i + 2] == "\""
                let (text, next) = literal(from: i + (multiline ? 3 : 1), multiline: multiline)
                tokens.append(.text(text))
                i = next
            } else if c.isLetter || c.isNumber || c == "_" {
                var word = ""
                while i < s.count, s[i].isLetter || s[i].isNumber || s[i] == "_" { word.append(s[i]); i += 1 }
                tokens.append(.word(word))
            } else {
                if !c.isWhitespace { tokens.append(.mark(c)) }
                i += 1
            }
        }
    }

    /// The literal's text from just after its opening quote; the index after its closing quote.
    private func literal(from start: Int, multiline: Bool) -> (String, Int) {
        var i = start, text = ""
        while i < s.count {
            if multiline ? (i + 2 < s.count && s[i] == "\"" && s[i + 1] == "\"" && s[i + 2] == "\"") : s[i] == "\"" {
                return (text, i + (multiline ? 3 : 1))
            }
            if s[i] == "\\", i + 1 < s.count {
                if s[i + 1] == "(" {
                    var depth = 1
                    i += 2
                    while i < s.count, depth > 0 {
                        if s[i] == "\"" {
                            i = literal(from: i + 1, multiline: false).1
                            continue
                        }
                        if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
                        i += 1
                    }
                    text += "\u{FFFC}"
                } else {
                    text.append(s[i + 1])
                    i += 2
                }
                continue
            }
            text.append(s[i])
            i += 1
        }
        return (text, i)
    }
}
