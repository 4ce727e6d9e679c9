/// The format of the per-institution reports a batch writes on request.
public enum PerInstitutionFormat: String, Sendable, Hashable, CaseIterable {
    case json, markdown, html

    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .markdown: "md"
        case .html: "html"
        }
    }
}
