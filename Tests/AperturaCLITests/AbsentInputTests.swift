import Foundation
import Testing
import TestSupport

/// A self-assessment that does not exist is the error `evaluate` and `explain` report, even where the rules for
/// it cannot be had: run from a folder with its own `Rules/` and an empty `Policies/`, both named the policy
/// they could not read (`Policies/pai-inicio.yaml: no existe`) and never the missing file.
@Suite struct AbsentInputTests {
    @Test(arguments: [["evaluate"], ["explain", "--rule", "comite_instalado"]])
    func aMissingSelfAssessmentIsReportedBeforeItsRules(command: [String]) throws {
        let home = Scratch.url.appendingPathComponent("absent-input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/Policies", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Rules").path, toPath: home + "/Rules")
        let missing = home + "/no-such-file.yaml"
        let result = try CLI.run(command + [missing], environment: ["APERTURA_HOME": home])
        #expect(result.status == 65)
        #expect(result.stderr == "error[file_unreadable]: no se puede leer el archivo \(missing): no existe, o es un enlace que no lleva a ningún archivo\n")
        #expect(result.stdout.isEmpty)
    }
}
