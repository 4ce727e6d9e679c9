import AperturaYAML
import Foundation
import Testing
import TestSupport

/// Reading files that are not plain files.
@Suite struct FileReadingTests {
    /// A named pipe nobody writes to (one left in a folder of rules, say) reads as empty at once instead of
    /// blocking the command for ever. Read on another thread, so that a regression fails here instead of
    /// hanging the suite.
    @Test func aPipeWithNoWriterReadsAsEmptyAtOnce() throws {
        let path = Scratch.path + "/apertura-pipe-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).yaml"
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

    /// A file whose name is not UTF-8 ("r\xE9glas.yaml", Latin-1), named as a Swift program receives it
    /// (U+FFFD for the stray byte), is read.
    @Test func aNameThatIsNotUTF8IsRead() throws {
        let folder = Scratch.path + "/apertura-latin1-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let raw = Array(folder.utf8) + Array("/r".utf8) + [0xE9] + Array("glas.yaml".utf8)
        let fd = open(raw.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
        #expect(fd >= 0)
        _ = write(fd, "a: 1\n", 5)
        close(fd)
        let result = YAMLParser.parseFile(atPath: folder + "/r\u{FFFD}glas.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.first?.root?.mapping?.first?.key.scalar?.value == "a")
    }

    /// A path through a file (`Package.swift/x.yaml`, ENOTDIR) leads to nothing, as a missing file does; an
    /// existing file does not.
    @Test func aPathThroughAFileIsAbsent() throws {
        let file = SharedData.packageRoot.appendingPathComponent("Package.swift").path
        #expect(YAMLParser.absentFileError(file) == nil)
        let through = try #require(YAMLParser.absentFileError(file + "/x.yaml"))
        #expect(through.code == "file_unreadable")
        #expect(through.message.es.hasSuffix(": una parte de la ruta no es una carpeta"))
        #expect(YAMLParser.absentFileError(SharedData.packageRoot.path + "/no-such-file.yaml")?.code == "file_unreadable")
    }

    final class ResultBox: @unchecked Sendable {
        var result: YAMLParseResult?
    }
}
