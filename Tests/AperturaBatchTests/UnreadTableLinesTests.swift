@testable import AperturaBatch
import Foundation
import Testing
import TestSupport
import AperturaModel

/// A table cut by an error (a quote left open, text after a closing quote, a record over 1 MiB) is one invalid input
/// however many rows it still held: the error says how many lines with text were not read, and `summary.json`
/// counts them (`counts.unread_lines`), so that nothing is lost unsaid.
@Suite struct UnreadTableLinesTests {
    static let header = "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n"
    static func row(_ id: String) -> String { "\(id),Jalisco,Estatal,Descentralizado,0.5,0.3,0.6,0.5,0.8,0.4,0.2\n" }

    func items(_ text: String, _ name: String) throws -> (items: [CSVReader.Item], unread: UnreadLines?) {
        let dir = Fixtures.temporaryDirectory("unread-lines")
        Fixtures.write(text, dir + "/" + name)
        var reader = try #require(CSVReader.records(atPath: dir + "/" + name))
        var items: [CSVReader.Item] = []
        while let item = reader.next() { items.append(item) }
        return (items, reader.unread)
    }

    /// Line 3 opens a quote never closed. From line 3 on: A2 (3), A3 (4), a blank line (5), a row of empty cells (6,
    /// which the reader skips as it skips blank lines) and A4 (7): 3 lines with text. Through the batch: A1 evaluated,
    /// the rest one invalid input, and 3 unread lines in the summary and the message.
    @Test func anUnclosedQuoteCountsTheLinesItSwallowed() throws {
        let dir = Fixtures.temporaryDirectory("unread-quote")
        let text = Self.header + Self.row("A1") + "\"" + Self.row("A2") + Self.row("A3") + "\n" + ",,,,,,,,,,\n" + Self.row("A4")
        Fixtures.write(text, dir + "/t.csv")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/t.csv"], outputDirectory: dir + "/out", rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, jobs: 1, mapping: Fixtures.mgaMapping))
        let counts = try #require(result.summary?.counts)
        #expect(counts.evaluated == 1 && counts.invalid == 1 && counts.inputs == 2)
        #expect(counts.unreadLines == 3)
        let errors = Fixtures.records(dir + "/out/errors.csv").dropFirst()
        #expect(errors.map { $0[3] } == ["csv_unterminated_quote"])
        #expect(errors.first?[4].contains("el resto, desde la línea 3, no se leyó: 3 líneas con texto") == true)
        #expect(Fixtures.read(dir + "/out/summary.json").contains("\"unread_lines\" : 3"))
        #expect(Fixtures.read(dir + "/out/report.html").contains("sin leer (ver errors.csv)</dt><dd>3</dd>"))
    }

    /// Without a cut table the count is 0, and the report has no line for it.
    @Test func aWholeTableLeavesNothingUnread() throws {
        let dir = Fixtures.temporaryDirectory("unread-none")
        Fixtures.write(Self.header + Self.row("A1") + Self.row("A2"), dir + "/t.csv")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/t.csv"], outputDirectory: dir + "/out", rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, jobs: 1, mapping: Fixtures.mgaMapping))
        #expect(result.summary?.counts.unreadLines == 0)
        #expect(Fixtures.read(dir + "/out/summary.json").contains("\"unread_lines\" : 0"))
        #expect(!Fixtures.read(dir + "/out/report.html").contains("sin leer (ver errors.csv)"))
    }

    /// A record over 1 MiB on line 3: lines 3 (the record), 4 (`5,6`) and 6 (`7,8`) have text, line 5 is blank: 3.
    @Test func aRecordTooLargeCountsTheRestOfTheTable() throws {
        let text = "a,b\n1,2\n3,\"" + String(repeating: "x", count: (1 << 20) + 10) + "\"\n5,6\n\n7,8"
        let (items, unread) = try items(text, "large.csv")
        guard case .failure(let diagnostic)? = items.last else {
            Issue.record("the record over 1 MiB must end the table")
            return
        }
        #expect(diagnostic.code == "csv_record_too_large")
        #expect(diagnostic.message.es.hasSuffix("la tabla termina aquí y el resto, desde la línea 3, no se leyó: 3 líneas con texto"))
        #expect(diagnostic.message.text(.en).hasSuffix("the table ends here and the rest, from line 3 on, was not read: 3 lines with text"))
        #expect(unread == UnreadLines(count: 3, atLeast: false))
    }

    /// Text after a closing quote on line 2 ends the table; then 200,000 rows, read past the bytes the reader held, a
    /// chunk at a time: 1 + 200,000 lines with text.
    @Test func aSyntaxErrorCountsARestLongerThanAChunk() throws {
        var text = "id,n\n\"x\"y,2\n"
        for i in 0..<200_000 { text += "I\(i),\(i)\n" }
        #expect(text.utf8.count > 2 * FileChunks.chunkSize)
        let (items, unread) = try items(text, "long.csv")
        guard case .failure(let diagnostic)? = items.last else {
            Issue.record("the text after the closing quote must end the table")
            return
        }
        #expect(diagnostic.code == "csv_syntax_error")
        #expect(diagnostic.range?.start.line == 2 && diagnostic.range?.start.column == 4)
        #expect(diagnostic.message.es.hasSuffix("desde la línea 2, no se leyó: 200001 líneas con texto"))
        #expect(unread == UnreadLines(count: 200_001, atLeast: false))
    }

    /// Lines end at LF, CR or CRLF; blanks are spaces, tabs and the delimiter. `a`, `b`, `c` and `\td` have text, the
    /// empty line and ` , ,` do not: 4, wherever the bytes are cut into pieces (a CRLF split between two).
    @Test func linesWithTextAreCountedAcrossPieces() {
        let bytes = Array("a\r\nb\rc\n\n , ,\n\td".utf8)
        for cut in 0...bytes.count {
            var tally = UnreadLines.Tally(delimiter: UInt8(ascii: ","))
            bytes[..<cut].withUnsafeBufferPointer { tally.feed($0) }
            bytes[cut...].withUnsafeBufferPointer { tally.feed($0) }
            #expect(tally.total == 4, "cut at \(cut)")
        }
    }

    /// One line with text: "1 línea", singular.
    @Test func oneLineIsSaidInTheSingular() throws {
        let (items, _) = try items("a,b\n\"x,1\n", "one.csv")
        guard case .failure(let diagnostic)? = items.last else {
            Issue.record("the open quote must end the table")
            return
        }
        #expect(diagnostic.message.es.contains("no se leyó: 1 línea con texto"))
        #expect(diagnostic.message.text(.en).contains("was not read: 1 line with text"))
    }

    /// A quote left open in the header: the whole table (header included: 1 + 2 lines) is unread.
    @Test func aHeaderCutLeavesTheWholeTableUnread() throws {
        let dir = Fixtures.temporaryDirectory("unread-header")
        Fixtures.write("\"SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n" + Self.row("A1") + Self.row("A2"), dir + "/t.csv")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/t.csv"], outputDirectory: dir + "/out", rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, jobs: 1, mapping: Fixtures.mgaMapping))
        #expect(result.summary?.counts.invalid == 1)
        #expect(result.summary?.counts.unreadLines == 3)
    }

    /// A device never ends: the scan stops at its bound, and the count is a lower bound said as one. `/dev/zero` has no
    /// line break: one line with text, at least.
    @Test func anEndlessDeviceIsCountedUpToABound() throws {
        var reader = try #require(CSVReader.records(atPath: "/dev/zero"))
        guard case .failure(let diagnostic)? = reader.next() else {
            Issue.record("an endless record was read")
            return
        }
        #expect(diagnostic.code == "csv_record_too_large")
        #expect(reader.unread == UnreadLines(count: 1, atLeast: true))
        #expect(diagnostic.message.es.hasSuffix("no se leyó: al menos 1 línea con texto (no se contó hasta el final)"))
    }

    /// The command's summary line says it too.
    @Test func theSummaryLineSaysHowManyLinesWereNotRead() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let dir = Fixtures.temporaryDirectory("unread-cli")
        Fixtures.write(Self.header + Self.row("A1") + "\"" + Self.row("A2") + Self.row("A3"), dir + "/t.csv")
        let run = try Subprocess.run(executable, ["batch", dir + "/t.csv", "--mapping", Fixtures.mgaMapping, "--output", dir + "/out",
                                                  "--as-of", "2017-02-01"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("1 evaluada, 1 inválida (de 2 entradas); 2 líneas con texto de tablas cortadas sin leer (errors.csv); resultados en"))
    }
}
