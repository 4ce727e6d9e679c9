import AperturaYAML
import Foundation
import Testing

/// Reading files that are not plain files.
@Suite struct FileReadingTests {
    /// A named pipe nobody writes to (one left in a folder of rules, say) reads as empty at once instead of
    /// blocking the command for ever. Read on another thread, so that a regression fails here instead of
    /// hanging the suite.
    @Test func aPipeWithNoWriterReadsAsEmptyAtOnce() throws {
        let path = NSTemporaryDirectory() + "/apertura-pipe-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).yaml"
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Thread.detachNewThread {
            box.result = YAMLParser.parseFile(atPath: path)
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 10) == .success, "reading a pipe with no writer must not block")
        let result = try #require(box.result)
        #expect(result.documents.allSatisfy { $0.root == nil })
        #expect(result.diagnostics.filter(\.isError).isEmpty)
    }

    final class ResultBox: @unchecked Sendable {
        var result: YAMLParseResult?
    }
}
