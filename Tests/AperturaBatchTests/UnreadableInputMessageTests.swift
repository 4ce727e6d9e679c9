import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// An input found in a folder that cannot be opened says why in the run's language: the system's English ("No such file or
/// directory") went into the Spanish errors.csv as it was.
@Suite struct UnreadableInputMessageTests {
    @Test(arguments: [Language.es, .en])
    func aLinkLeadingNowhereIsSaidInTheRunsLanguage(_ language: Language) throws {
        let dir = Fixtures.temporaryDirectory("unreadable-\(language.rawValue)")
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        Fixtures.write(Fixtures.read(Fixtures.root + "/Examples/municipio-zapopan.yaml"), dir + "/in/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: dir + "/in/b.yaml", withDestinationPath: "no-existe.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/in"], outputDirectory: dir + "/out",
                                                      rules: Fixtures.paiRules, policy: Fixtures.paiPolicy, asOf: Fixtures.asOf,
                                                      language: language))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(dir + "/out/errors.csv")
        #expect(errors.count == 2)
        let expected = language == .es
            ? "no se puede leer el archivo \(dir)/in/b.yaml: no existe, o es un enlace que no lleva a ningún archivo"
            : "cannot read file \(dir)/in/b.yaml: it does not exist, or is a link that leads nowhere"
        #expect(errors.dropFirst().first == ["\(dir)/in/b.yaml", "1", "1", "file_unreadable", expected])
    }
}
