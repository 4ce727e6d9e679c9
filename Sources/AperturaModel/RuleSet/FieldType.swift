/// The type of a self-assessment field, which decides how its YAML is read.
public enum FieldType: String, Hashable, Sendable, Codable, CaseIterable {
    case boolean, integer, number, ratio, percent, date, text, choice, choices, evidence, list
}
