/// `container[index]` on lists (by int, uint or an integral double) and maps.
enum Indexing {
    static func index(_ container: CELValue, _ index: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch container {
        case .list(let items):
            let i: Int64
            switch index {
            case .int(let v): i = v
            case .uint(let v): i = v > UInt64(Int64.max) ? -1 : Int64(v)
            case .double(let d) where d.isFinite && d == d.rounded() && abs(d) < 9e18: i = Int64(d)
            default: throw .noSuchOverload("_[_]", [container, index], at: at)
            }
            guard i >= 0, i < items.count else {
                throw CELEvaluationError(
                    kind: .indexOutOfRange,
                    message: .init(es: "índice \(i) fuera de rango (tamaño \(items.count))", en: "index \(i) out of range (size \(items.count))"),
                    offset: at)
            }
            return items[Int(i)]
        case .map(let map):
            guard let v = map[index] else { throw noSuchKey(Conversions.keyText(index), at) }
            return v
        default:
            throw .noSuchOverload("_[_]", [container, index], at: at)
        }
    }

    static func noSuchKey(_ path: String, _ at: Int) -> CELEvaluationError {
        CELEvaluationError(
            kind: .noSuchKey(path),
            message: .init(es: "no existe la clave «\(path)»", en: "no such key: '\(path)'"),
            offset: at)
    }

    static func noSuchField(_ path: String, _ at: Int) -> CELEvaluationError {
        CELEvaluationError(
            kind: .noSuchField(path),
            message: .init(es: "no hay valor para el campo «\(path)»", en: "no such field: '\(path)'"),
            offset: at)
    }
}
