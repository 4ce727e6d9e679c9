import AperturaBatch
import AperturaSource
import Testing

/// The CSV reader on small tables whose records, lines and columns are counted by hand (RFC 4180, as
/// docs/BATCH.md describes the tables read): what a quoted field holds, where each record starts, and where
/// a table that cannot be read on says so.
@Suite struct CSVReaderTests {
    /// Each item as `line: fields @ columns`, or `line:column code` for an error.
    func items(_ text: String) -> [String] { items(Array(text.utf8)) }

    func items(_ bytes: [UInt8]) -> [String] {
        CSVReader(bytes: bytes, file: "t.csv").map { item in
            switch item {
            case .record(let record): "\(record.line): \(record.fields) @ \(record.columns)"
            case .failure(let diagnostic): "\(diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \(diagnostic.code)"
            case .undecodable(let diagnostic, let field):
                "\(diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \(diagnostic.code) in field \(field)"
            }
        }
    }

    /// Inside quotes, a doubled quote is one quote and the delimiter is text.
    @Test func aQuotedFieldHoldsQuotesAndDelimiters() {
        #expect(items("a,\"b \"\"c\"\", d\",e\n") == [#"1: ["a", "b \"c\", d", "e"] @ [1, 3, 16]"#])
    }

    /// A line break inside quotes is one line whatever its bytes (CRLF, LF or a lone CR), and reads as LF:
    /// the records after it start on the lines an editor shows them on.
    @Test func lineBreaksInsideQuotesAreOneLineEach() {
        #expect(items("id,t\r\n1,\"x\r\ny\"\r\n2,\"p\rq\"\r\n3,\"u\nv\"\r\n4,z\r\n") == [
            #"1: ["id", "t"] @ [1, 4]"#,
            #"2: ["1", "x\ny"] @ [1, 3]"#,
            #"4: ["2", "p\nq"] @ [1, 3]"#,
            #"6: ["3", "u\nv"] @ [1, 3]"#,
            #"8: ["4", "z"] @ [1, 3]"#,
        ])
    }

    /// Text after a closing quote ends the table, at the first character after the quote (`"x"y`: the y is in
    /// column 4 of line 2); the rows after it are not read.
    @Test func textAfterAClosingQuoteEndsTheTableThere() {
        #expect(items("a,b\n\"x\"y,z\nc,d\n") == [#"1: ["a", "b"] @ [1, 3]"#, "2:4 csv_syntax_error"])
    }

    /// A UTF-8 byte order mark is not part of the table: the first field is "a", and it starts in column 1.
    @Test func aByteOrderMarkIsNotAColumn() {
        #expect(items([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8)) == [#"1: ["a", "b"] @ [1, 3]"#, #"2: ["1", "2"] @ [1, 3]"#])
    }

    /// A record with several fields that are not UTF-8 is one error, at the first of them (line 2, column 1, field 0).
    @Test func aRowNotInUTF8IsNamedAtItsFirstBadField() {
        #expect(items(Array("a,b\n".utf8) + [0xE9, 0x2C, 0xF1, 0x0A] + Array("c,d\n".utf8)) == [
            #"1: ["a", "b"] @ [1, 3]"#, "2:1 invalid_utf8 in field 0", #"3: ["c", "d"] @ [1, 3]"#,
        ])
    }

    /// The error is at the first bad byte, counted in the file's bytes: after a good two-byte "ñ" (field 1 starts at
    /// column 3, so the byte is at 5); and in a quoted field, after a doubled quote and a CRLF inside the quotes, on
    /// the line after the break ("y" at column 1, the byte at 2).
    @Test func aBadByteIsPlacedWhereItIs() {
        #expect(items(Array("a,b\n1,ñ".utf8) + [0xE9, 0x0A]) == [#"1: ["a", "b"] @ [1, 3]"#, "2:5 invalid_utf8 in field 1"])
        #expect(items(Array("a,b\n1,\"x\"\"\r\ny".utf8) + [0xE9] + Array("\"\n2,z\n".utf8)) == [
            #"1: ["a", "b"] @ [1, 3]"#, "3:2 invalid_utf8 in field 1", #"4: ["2", "z"] @ [1, 3]"#,
        ])
    }
}
