import Foundation
import Testing

/// `apertura --version` prints the tool's version (major.minor.patch) and nothing else, so that a published
/// evaluation can say which tool produced it; the option is listed in the help in the user's language.
@Suite struct VersionTests {
    @Test func versionIsPrinted() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func helpListsTheVersionOptionInTheUsersLanguage() throws {
        #expect(try CLI.run(["--help"]).stdout.contains("  --version               Muestra la versión.\n"))
        #expect(try CLI.run(["--help", "--lang", "en"]).stdout.contains("  --version               Show the version.\n"))
    }
}
