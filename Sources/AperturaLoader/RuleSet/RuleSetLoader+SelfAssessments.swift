import AperturaModel
import AperturaSource
import AperturaYAML
import Foundation

/// Self-assessments kept in a rule set's folder: the authors' guide puts a test's cases beside its tests file
/// (`assessment: casos/x.yaml`), so they are not rule files. One no tests file names is said, not dropped.
extension RuleSetLoader {
    /// A document whose top level is a self-assessment (`apertura:` with no `kind:`), not a rule file.
    static func isSelfAssessment(_ root: YAMLNode) -> Bool {
        guard let keys = root.mapping?.compactMap({ $0.key.scalar?.value }) else { return false }
        return keys.contains("apertura") && !keys.contains(DocumentKey.kind.rawValue)
    }

    /// The warning for a self-assessment among the rule files that no tests file of the set names.
    static func reportUntested(_ files: [String], in directory: String, _ context: LoadContext) {
        guard !files.isEmpty else { return }
        let named = testedAssessments(in: directory)
        for file in files where !named.contains(folded(file)) {
            context.warning(
                "self_assessment_in_rules", es: "«\(file)» es una autoevaluación, no un archivo de reglas: no se lee como parte del conjunto",
                en: "'\(file)' is a self-assessment, not a rule file: it is not read as part of the rule set",
                at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)),
                help: LocalizedText(es: "nómbrela en el «assessment:» de un caso de un archivo *.tests.yaml, o muévala fuera de la carpeta de reglas",
                                    en: "name it in the 'assessment:' of a case in a *.tests.yaml file, or move it out of the rules folder"))
        }
    }

    /// Every `assessment:` path the set's `*.tests.yaml` files give, resolved against each tests file's folder.
    static func testedAssessments(in directory: String) -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var named: Set<String> = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".tests.yaml") else { continue }
            let file = (directory as NSString).appendingPathComponent(relative)
            let folder = PathText.directory(of: file)
            for document in YAMLParser.parseFile(atPath: file).documents {
                let cases = document.root?.mapping?.first { $0.key.scalar?.value == "cases" }?.value.sequence ?? []
                for item in cases {
                    guard let path = item.mapping?.first(where: { $0.key.scalar?.value == "assessment" })?.value.scalar?.value else { continue }
                    named.insert(folded(path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)))
                }
            }
        }
        return named
    }

    /// A path with `.` and `..` folded away, so that two spellings of one file compare equal.
    static func folded(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
