import Foundation
import Testing
import TestSupport

/// A repeated option is said at the repeat, not at the list; a YAML 1.1 merge key (`<<`) is said to be one.
@Suite struct RepeatAndMergeKeyTests {
    @Test func aRepeatedOptionIsSaidAtItAndAMergeKeyIsNamed() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-repeat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("a.yaml").path
        try """
            apertura: 1
            rule_set: pai
            institution: {id: X, name: Y, kind: municipio, order: municipal, state: jalisco}
            answers:
              transparencia_proactiva:
                practicas:
                  - nombre: a
                    atributos: [accesible, veraz, accesible]
                    <<: {x: 1}

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        // Line 8: eight spaces, `atributos: [accesible, veraz, ` ends at column 38; the repeat starts at 39.
        #expect(r.stderr.contains("\(file):8:39: error[invalid_value]: la opción «accesible» está repetida"), "\(r.stderr)")
        #expect(r.stderr.contains("\(file):9:9: error[unknown_key]"), "\(r.stderr)")
        #expect(r.stderr.contains("las claves de mezcla («<<», de YAML 1.1) no se admiten"), "\(r.stderr)")
    }
}
