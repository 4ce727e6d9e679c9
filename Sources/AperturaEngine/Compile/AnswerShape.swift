import AperturaExpressions
import AperturaModel

/// How a group of answers (a section, or an item of a list) becomes an expression object: its object
/// type, its fields' ids in the form's order, and the shape of each list field's items. Built once per
/// rule set, so turning answers into values needs no lookup and copies no field.
final class AnswerShape: Sendable {
    let type: CELObjectType
    let ids: [String]
    let items: [AnswerShape?]

    /// `type` was built from `fields`, in the same order.
    init(type: CELObjectType, fields: [FormField]) {
        self.type = type
        ids = fields.map(\.id)
        items = fields.indices.map { index in
            guard case .list(.object(let itemType)) = type.fieldTypes[index] else { return nil }
            return AnswerShape(type: itemType, fields: fields[index].items)
        }
    }
}
