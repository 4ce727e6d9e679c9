import Foundation
import Testing
import TestSupport

/// Where a report goes when it cannot go where it was sent: a full standard output is an output error
/// (74), never a crash; a device or pipe given to `--output` is written to, never replaced by a file.
@Suite struct OutputFailureTests {
    static let hasFullDevice = FileManager.default.fileExists(atPath: "/dev/full")

    /// Runs the binary through the shell, its standard output sent to `/dev/full` (every write fails, ENOSPC).
    func runIntoFullDevice(_ arguments: [String]) throws -> Subprocess.Result {
        let command = ([CLI.binary] + arguments).map { "'\($0)'" }.joined(separator: " ") + " > /dev/full"
        return try Subprocess.run("/bin/sh", ["-c", command], environment: ["APERTURA_HOME": nil])
    }

    @Test(.enabled(if: hasFullDevice)) func aFullStandardOutputExits74() throws {
        let template = try runIntoFullDevice(["template"])
        #expect(template.status == 74, "\(template.stderr)")
        #expect(template.stderr == "apertura: no se pudo escribir la salida estándar: el disco está lleno\n", "\(template.stderr)")
        // Only in the language asked for: the message was both at once, Spanish first, whatever --lang said.
        let english = try runIntoFullDevice(["template", "--lang", "en"])
        #expect(english.status == 74, "\(english.stderr)")
        #expect(english.stderr == "apertura: could not write to standard output: the disk is full\n", "\(english.stderr)")
        let report = try runIntoFullDevice(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"])
        #expect(report.status == 74, "\(report.stderr)")
        #expect(!report.stderr.contains("Fatal error"))
    }

    static let hasProc = FileManager.default.fileExists(atPath: "/proc/self")

    /// `/proc` exists but makes no files (creating one gives ENOENT, as a missing folder does): the message said
    /// «la carpeta no existe» of a folder that does.
    @Test(.enabled(if: hasProc)) func aFolderThatMakesNoFilesIsNotSaidToBeMissing() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", "/proc/reporte.txt"])
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("no se pudo escribir «/proc/reporte.txt»: en esa carpeta no se pueden crear archivos"), "\(r.stderr)")
        #expect(!r.stderr.contains("no existe"))
    }

    /// `--output` naming a link to `/dev/null` writes through it: the link and the device stay as they were.
    @Test func anOutputThatIsADeviceIsWrittenNotReplaced() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-device-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("null").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", link])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "/dev/null")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["null"])
    }

    /// `--output` naming a link to a file writes the file the link leads to: the link stays a link, and no
    /// temporary file is left beside either.
    @Test func anOutputThatIsALinkToAFileWritesTheFile() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("compartida"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("compartida/reporte.md").path
        try "viejo".write(toFile: target, atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("reporte.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "compartida/reporte.md")
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "markdown", "--output", link])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "compartida/reporte.md")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("#") && written.contains("Zapopan"), "\(written.prefix(80))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["compartida", "reporte.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.replacingOccurrences(of: "/reporte.md", with: "")) == ["reporte.md"])
    }

    /// `--output` naming a link in a loop (`a -> b -> a`): an error (74), as the shell's `>` gives, not the
    /// link replaced by the report.
    @Test func anOutputThatIsALinkLoopIsAnError() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a").path, b = dir.appendingPathComponent("b").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: "a")
        for arguments in [["lint", "Rules/pai", "--output", a], ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", a]] {
            let r = try CLI.run(arguments + ["--lang", "en"])
            #expect(r.status == 74, "\(arguments) \(r.stderr)")
            #expect(r.stderr == "apertura: could not write '\(a)': the links in the path form a loop\n")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: a)) == "b")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a", "b"])
    }

    /// An output under a file (the folder named is a file): the reason in words, in the language asked for.
    @Test func anOutputUnderAFileSaysWhyInTheUsersLanguage() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-notdir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("informe").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let es = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", file + "/r.txt"])
        #expect(es.status == 74)
        #expect(es.stderr == "apertura: no se pudo escribir «\(file)/r.txt»: una parte de la ruta es un archivo, no una carpeta\n")
        let en = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", file + "/r.txt", "--lang", "en"])
        #expect(en.stderr == "apertura: could not write '\(file)/r.txt': part of the path is a file, not a folder\n")
        let batch = try CLI.run(["batch", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", file, "--lang", "en"])
        #expect(batch.status == 74)
        #expect(batch.stderr.contains("error: could not write '\(file)/"))
        #expect(batch.stderr.contains("': part of the path is a file, not a folder\n"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    /// `--output informes/` names a folder (whether it exists or not): said so, not "part of the path is a file".
    @Test func anOutputEndingInASlashIsAFolder() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-slash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.path + "/informes/"
        let es = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", missing])
        #expect(es.status == 74)
        #expect(es.stderr == "apertura: no se pudo escribir «\(missing)»: la ruta termina en «/» y nombra una carpeta: indique un nombre de archivo\n")
        let en = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", dir.path + "/", "--lang", "en"])
        #expect(en.status == 74)
        #expect(en.stderr == "apertura: could not write '\(dir.path)/': the path ends in '/' and names a folder: give a file name\n")
        // Nothing is left behind: no folder made, no temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }
}
