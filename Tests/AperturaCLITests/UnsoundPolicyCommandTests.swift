import Foundation
import TestSupport
import Testing

/// Every command that evaluates refuses a policy lint rejects, as it already refused an overlapping calendar: exit 65
/// and the diagnostic lint gives (it used to print a report and exit 0).
@Suite struct UnsoundPolicyCommandTests {
    static let example = SharedData.packageRoot.appendingPathComponent("Examples/municipio-tlalnelhuayocan.yaml").path

    /// The PAI policy with `inicial` at `at_least: 0` (line 83, column 15) or consolidacion starting 2028-02-01 (line 42,
    /// column 12: January 2028 falls in no phase).
    static let cases: [(old: String, new: String, expected: String)] = [
        ("at_least: 0.3\n", "at_least: 0\n",
         ":83:15: error[level_unreachable]: todo puntaje alcanza el nivel «inicial»: el nivel «insuficiente» nunca se da\n"),
        ("start: 2028-01-01\n", "start: 2028-02-01\n",
         ":42:12: error[calendar_gap]: ninguna fase cubre del 2028-01-01 al 2028-01-31, entre las fases «inicio» (termina el 2027-12-31) y «consolidacion» (empieza el 2028-02-01)"),
    ]

    @Test(arguments: cases.indices, ["evaluate", "explain", "batch"])
    func anUnsoundPolicyIsRefused(index: Int, command: String) throws {
        let c = Self.cases[index]
        let policy = try CLI.copy("Policies/pai-inicio.yaml", replacing: [(c.old, c.new)])
        var arguments = [command, Self.example, "--as-of", "2026-06-30", "--policy", policy]
        if command == "explain" { arguments += ["--rule", "cumplimiento_portal"] }
        if command == "batch" { arguments += ["--output", (policy as NSString).deletingLastPathComponent + "/salida"] }
        let r = try CLI.run(arguments)
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix(policy + c.expected), "\(r.stderr)")
        let linted = try CLI.run(["lint", policy])
        #expect(linted.status == 65)
        #expect(linted.stdout.contains(policy + c.expected), "\(linted.stdout)")
    }
}
