/// Where a text sits, named in a lint message: `name`, or an id and a key (`«x».name`, `'x'.name`), the
/// id quoted the way each language quotes (Spanish messages use «», English ones '').
struct TextPath {
    let es: String
    let en: String

    init(_ key: String) {
        es = key
        en = key
    }

    init(_ id: some CustomStringConvertible, _ key: String) {
        es = "«\(id)».\(key)"
        en = "'\(id)'.\(key)"
    }
}
