@testable import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// Which files of a folder are inputs, told by their names alone.
@Suite struct InputDiscoveryTests {
    @Test(arguments: [
        ("lote/a.yaml", "yaml"), ("lote/b.YML", "YML"), ("x.tar.gz", "gz"), ("carpeta.v2/sin-extension", ""),
        ("lote/.oculto", ""), ("sin-extension", ""), ("lote/final.", ""), ("/a/b/c.csv", "csv"),
    ])
    func fileExtensions(_ path: String, _ expected: String) {
        #expect(InputDiscovery.fileExtension(path) == expected)
    }

    @Test func kindsFromAFolder() {
        #expect(InputDiscovery.kind(of: "lote/a.YAML", fromDirectory: true) == .yaml)
        #expect(InputDiscovery.kind(of: "lote/tabla.csv", fromDirectory: true) == .csv)
        #expect(InputDiscovery.kind(of: "lote/LEAME.md", fromDirectory: true) == nil)
        #expect(InputDiscovery.kind(of: "Rules/pai/pai.tests.yaml", fromDirectory: true) == nil)
        // A file named on the command line is read whatever its name.
        #expect(InputDiscovery.kind(of: "entrada.txt", fromDirectory: false) == .yaml)
    }

    /// Notepad saves `municipio.yaml` as `municipio.yaml.txt` (and Windows hides the `.txt`): such a submission
    /// was passed over in a folder, lost from the run without a word. It is a self-assessment; any other `.txt` is not.
    @Test(arguments: [
        ("lote/municipio.yaml.txt", BatchInputFile.Kind.yaml), ("lote/m.YML.TXT", .yaml), ("lote/notas.txt", nil),
        ("lote/yaml.txt", nil), ("lote/tabla.csv.txt", nil), ("lote/.yaml.txt", nil),
    ] as [(String, BatchInputFile.Kind?)])
    func selfAssessmentsSavedAsTextAreInputs(_ path: String, _ kind: BatchInputFile.Kind?) {
        #expect(InputDiscovery.kind(of: path, fromDirectory: true) == kind)
    }

    /// Byte order, worked out by hand: uppercase (0x41-0x5A) before lowercase, "-" (0x2D) before "." (0x2E) and
    /// digits, a prefix before its extensions, "é" (0xC3 0xA9) after every ASCII letter.
    @Test func pathsSortInByteOrder() {
        let paths = ["lote/b.yaml", "lote/a.yaml", "lote/B.yaml", "lote/a-2.yaml", "lote/a", "lote/é.yaml", "lote/z.yaml", "", "lote/a.yaml.bak"]
        #expect(paths.sorted(by: PathOrder.precedes) == [
            "", "lote/B.yaml", "lote/a", "lote/a-2.yaml", "lote/a.yaml", "lote/a.yaml.bak", "lote/b.yaml", "lote/z.yaml", "lote/é.yaml",
        ])
    }

    /// Links: one back up the tree is not followed round, one to a file already found adds nothing, one that
    /// leads nowhere is an error when named like an input (and ignored otherwise), and a file named twice is one input.
    @Test func linksAndRepeatsGiveEachFileOnce() throws {
        let dir = Fixtures.temporaryDirectory("links")
        let fm = FileManager.default
        for sub in ["a", "b", "c"] { try fm.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        Fixtures.write("x: 1\n", dir + "/a/x.yaml")
        try fm.createSymbolicLink(atPath: dir + "/a/back", withDestinationPath: dir)
        try fm.createSymbolicLink(atPath: dir + "/b/link.yaml", withDestinationPath: dir + "/a/x.yaml")
        try fm.createSymbolicLink(atPath: dir + "/c/missing.yaml", withDestinationPath: dir + "/nowhere.yaml")
        try fm.createSymbolicLink(atPath: dir + "/c/missing.txt", withDestinationPath: dir + "/nowhere.txt")

        let found = InputDiscovery.expand([dir, dir + "/a/x.yaml", dir + "/b"])
        #expect(found.files.map(\.path) == [dir + "/a/x.yaml"])
        #expect(found.failures.map(\.failure.file) == [dir + "/c/missing.yaml"])
        #expect(found.failures.map(\.before) == [1])
        #expect(found.failures.flatMap(\.failure.diagnostics).map(\.code) == ["file_unreadable"])
    }

    /// Two paths to one file, with no link between them, give one input: the file named twice, or named beside
    /// the folder that holds it.
    @Test(arguments: ["/x.yaml", "/./x.yaml", ""])
    func aFileNamedTwiceIsOneInput(_ first: String) throws {
        let dir = Fixtures.temporaryDirectory("twice")
        Fixtures.write("x: 1\n", dir + "/x.yaml")
        let found = InputDiscovery.expand([dir + first, dir + "/x.yaml"])
        #expect(found.files.count == 1)
        #expect(found.failures.isEmpty)
    }

    /// A pipe in a folder would block the run: named like an input, it is an error; otherwise it is skipped.
    @Test func aPipeInAFolderIsAnErrorNotAWait() throws {
        let dir = Fixtures.temporaryDirectory("pipes")
        Fixtures.write("x: 1\n", dir + "/a.yaml")
        #expect(mkfifo(dir + "/b.yaml", 0o600) == 0)
        #expect(mkfifo(dir + "/c.pipe", 0o600) == 0)
        let found = InputDiscovery.expand([dir])
        #expect(found.files.map(\.path) == [dir + "/a.yaml"])
        #expect(found.failures.map(\.failure.file) == [dir + "/b.yaml"])
        #expect(found.failures.map(\.before) == [1])
        #expect(found.failures.flatMap(\.failure.diagnostics).map(\.code) == ["file_unreadable"])
    }

    /// An uploaded folder with `leak.yaml -> <a secret outside it>` had the secret read and quoted in errors.csv.
    /// A link leading out of every input root is an error at the link, its target not read; a link within the tree
    /// still works, and a file outside named on the command line is a root of its own, so a link to it is read.
    @Test func aLinkOutOfTheInputsIsNotRead() throws {
        let dir = Fixtures.temporaryDirectory("outside")
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/up/sub", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/secret", withIntermediateDirectories: true)
        Fixtures.write("x: 1\n", dir + "/up/ok.yaml")
        Fixtures.write("root:*:20228:0:99999:7:::\n", dir + "/secret/shadow")
        Fixtures.write("y: 1\n", dir + "/secret/other.yaml")
        try fm.createSymbolicLink(atPath: dir + "/up/leak.yaml", withDestinationPath: dir + "/secret/shadow")
        try fm.createSymbolicLink(atPath: dir + "/up/folder", withDestinationPath: dir + "/secret")
        try fm.createSymbolicLink(atPath: dir + "/up/notes.txt", withDestinationPath: dir + "/secret/shadow")
        try fm.createSymbolicLink(atPath: dir + "/up/sub/inside.yaml", withDestinationPath: "../ok.yaml")

        let found = InputDiscovery.expand([dir + "/up"])
        // inside.yaml leads to ok.yaml, already found: one input. notes.txt is no input's name: passed over.
        #expect(found.files.map(\.path) == [dir + "/up/ok.yaml"])
        #expect(found.failures.map(\.failure.file) == [dir + "/up/folder", dir + "/up/leak.yaml"])
        #expect(found.failures.flatMap(\.failure.diagnostics).map(\.code) == ["link_outside_inputs", "link_outside_inputs"])
        let message = try #require(found.failures.last?.failure.diagnostics.first?.message.en)
        let secret = try #require(SystemPath.realPath(dir + "/secret/shadow"))
        #expect(message == "'\(dir)/up/leak.yaml' is a link to '\(secret)', outside the folders and files given: it is not read")
        #expect(!message.contains("root:"))

        // Named on the command line, the file outside is an input root: the link to it is read (as one input).
        let named = InputDiscovery.expand([dir + "/up", dir + "/secret/other.yaml"])
        #expect(named.files.map(\.path) == [dir + "/up/ok.yaml", dir + "/secret/other.yaml"])
        #expect(named.failures.map(\.failure.file) == [dir + "/up/folder", dir + "/up/leak.yaml"])
    }

    /// Resolving every folder's real path made a search cost the cube of the depth (800 levels: 14 s). A tree 300
    /// folders deep, one file at the bottom and one beside each of the first three folders, is found whole: 4 files.
    @Test func aDeepTreeIsFoundWhole() throws {
        let dir = Fixtures.temporaryDirectory("deep")
        let path = dir + String(repeating: "/d", count: 300)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for level in 1...3 { Fixtures.write("x: 1\n", dir + String(repeating: "/d", count: level) + ".yaml") }
        Fixtures.write("x: 1\n", path + "/bottom.yaml")
        let found = InputDiscovery.expand([dir])
        #expect(found.files.count == 4)
        #expect(found.files.last?.path == path + "/bottom.yaml")
        #expect(found.failures.isEmpty)
    }
}
