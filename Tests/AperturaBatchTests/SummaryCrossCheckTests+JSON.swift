import Foundation

extension SummaryCrossCheckTests {
/// A parsed JSON value, read by key and index; a missing key, a null and a value of another type all read as nil.
struct JSON {
    let value: Any?

    init(_ value: Any?) { self.value = value }

    subscript(key: String) -> JSON { JSON((value as? [String: Any])?[key]) }
    var array: [JSON] { ((value as? [Any]) ?? []).map(JSON.init) }
    var object: [String: Any] { (value as? [String: Any]) ?? [:] }
    var string: String? { value as? String }
    var isNull: Bool { value == nil || value is NSNull }
    var bool: Bool? { value as? Bool }
    /// (Foundation reads a JSON number 0 or 1 as `Bool` too, so booleans are not told apart from numbers here.)
    var double: Double? { (value as? NSNumber)?.doubleValue }
    var int: Int? {
        guard let d = double, d == d.rounded() else { return nil }
        return Int(d)
    }
}
}
