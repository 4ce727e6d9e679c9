/// The format of the per-institution reports a batch writes on request.
public enum PerInstitutionFormat: String, Sendable, Hashable, CaseIterable {
    case json, markdown

    public var fileExtension: String { self == .json ? "json" : "md" }
}
