/// Field selection (`x.f`) and presence tests (`has(x.f)`) on values whose type is only known
/// at run time.
enum Selection {
    static func select(_ v: CELValue, _ field: String, path: String, testOnly: Bool, at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .map(let map):
            let found = map[field]
            if testOnly { return .bool(found != nil) }
            guard let found else { throw Indexing.noSuchKey(path, at) }
            return found
        case .object(let object):
            guard let index = object.type.index(of: field) else {
                if testOnly { return .bool(false) }
                throw Indexing.noSuchField(path, at)
            }
            let found = object.fields[index]
            if testOnly { return .bool(found != nil) }
            guard let found else { throw Indexing.noSuchField(path, at) }
            return found
        default:
            throw CELEvaluationError(
                kind: .noSuchOverload("select"),
                message: .init(
                    es: "un valor de tipo \(v.typeName) no tiene campos (al seleccionar «\(field)»)",
                    en: "type '\(v.typeName)' does not support field selection ('\(field)')"),
                offset: at)
        }
    }
}
