import AperturaModel
public import AperturaSource
import AperturaYAML
import Foundation

extension RuleSetLoader {
    /// Like `load(directory:)`, but hands back whatever could be read even when there are errors, so
    /// that `lint` can run its semantic checks on the rest. Never evaluate the partial rule set.
    public static func loadPartial(directory: String, limits: YAMLLimits = .default) -> (PartialRuleSet?, DiagnosticList) {
        let context = LoadContext()
        var parts = RuleSetParts()
        let files = yamlFiles(in: directory)
        if files.isEmpty {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder)
            let (es, en) = !exists ? ("no existe la carpeta de reglas «\(directory)»", "rule set folder '\(directory)' does not exist")
                : !isFolder.boolValue ? ("«\(directory)» es un archivo: indique la carpeta del conjunto de reglas", "'\(directory)' is a file: give the rule set's folder")
                : ("no hay archivos .yaml de reglas en «\(directory)»", "no rule .yaml files in '\(directory)'")
            // The bundled rules are looked for in the current folder, then the bundle: said, for a copy of the
            // program that was moved away from its bundle.
            let help = exists ? nil : LocalizedText(
                es: "indique --rules con la carpeta del conjunto; las reglas incluidas se buscan en la carpeta actual, en $APERTURA_HOME y junto al programa instalado (PREFIJO/share/apertura, véase scripts/install)",
                en: "pass --rules with the rule set's folder; the bundled rules are looked for in the current folder, in $APERTURA_HOME and beside the installed program (PREFIX/share/apertura, see scripts/install)")
            context.error("rules_not_found", es: es, en: en, at: nil, help: help)
            // Nothing to assemble: "no file declares kind: ruleset" would say the same again.
            return (nil, context.diagnostics)
        }
        var selfAssessments: [String] = []
        for file in files {
            // A pipe, socket or device among the rule files reads as empty (or waits for a writer): an error, not
            // an "empty rule file" warning that a loaded rule set would never show.
            if let info = SystemPath.status(file), info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
                context.unreadFiles.append(file)
                context.lostKinds.formUnion(["section", "indicator"])
                context.error("file_unreadable", es: "«\(file)» no es un archivo regular (es una tubería, un socket o un dispositivo)",
                              en: "'\(file)' is not a regular file (it is a pipe, a socket or a device)",
                              at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            let parsed = YAMLParser.parseFile(atPath: file, limits: limits)
            context.report(contentsOf: parsed.diagnostics)
            if parsed.diagnostics.contains(where: \.isError) && parsed.documents.allSatisfy({ $0.root == nil }) {
                context.unreadFiles.append(file)
                context.lostKinds.formUnion(["section", "indicator"])
            }
            // A rule file with nothing in it adds nothing: likely a file saved empty, or not a file at all.
            if parsed.documents.allSatisfy({ $0.root == nil }) && !parsed.diagnostics.contains(where: \.isError) {
                context.warning("empty_rule_file", es: "el archivo de reglas «\(file)» está vacío: no aporta nada al conjunto",
                                en: "rule file '\(file)' is empty: it adds nothing to the rule set",
                                at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)))
            }
            for document in parsed.documents {
                guard let root = context.root(document, file: file) else { continue }
                if isSelfAssessment(root) {
                    if !selfAssessments.contains(file) { selfAssessments.append(file) }
                    continue
                }
                readDocument(root, file: file, into: &parts, context)
            }
        }
        reportUntested(selfAssessments, in: directory, context)
        if let several = severalRuleSets(parts, in: directory) { return (nil, several) }
        guard let ruleSet = parts.assemble(directory: directory, context) else { return (nil, context.diagnostics) }
        let validated = RuleSetOrder.byObjective(RuleSetValidator(context: context).validate(ruleSet))
        let unread = UnreadNames(
            sections: (context.unreadIDs["section"] ?? []).union(context.incompleteSections), indicators: context.unreadIDs["indicator"] ?? [],
            someSection: context.lostKinds.contains("section"), someIndicator: context.lostKinds.contains("indicator"))
        return (PartialRuleSet(ruleSet: validated, unread: unread), context.diagnostics)
    }

    /// The YAML files of a folder (every `*.yaml` except `*.tests.yaml`; self-assessments are set aside when read), sorted.
    public static func ruleFiles(in directory: String) -> [String] { yamlFiles(in: directory) }

    /// A folder that holds rule sets rather than being one (`--rules Rules`): their files read as one rule set
    /// give dozens of unknown references and a duplicate `kind: ruleset`, none of them the problem. Said once
    /// instead, naming the rule sets' folders; nil when the `kind: ruleset` files are not each in a subfolder.
    static func severalRuleSets(_ parts: RuleSetParts, in directory: String) -> DiagnosticList? {
        guard parts.info.count > 1 else { return nil }
        let folders = parts.info.map { PathText.directory(of: $0.0.range.file) }
        var own = directory
        while own.count > 1 && own.hasSuffix("/") { own.removeLast() }
        guard Set(folders).count == folders.count, !folders.contains(own) else { return nil }
        let named = folders.sorted()
        var list = DiagnosticList()
        list.append(.error(
            "rules_not_found",
            LocalizedText(es: "«\(directory)» contiene varios conjuntos de reglas (\(named.map { "«\($0)»" }.joined(separator: ", "))), no es uno",
                          en: "'\(directory)' holds several rule sets (\(named.map { "'\($0)'" }.joined(separator: ", "))), it is not one"),
            at: nil, help: LocalizedText(es: "indique la carpeta de uno de ellos", en: "give the folder of one of them")))
        return list
    }
}
