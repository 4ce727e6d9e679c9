import AperturaExpressions
import AperturaModel

/// Turning a self-assessment into expression values. An unanswered field is absent, so reading it
/// is a "missing value" error that the evaluator reports as not reported, and `has()` sees it.
extension ExpressionEnvironment {
    func activation(for assessment: Assessment) -> CELActivation {
        var slots = [CELValue](repeating: .null, count: declarations.count)
        let institution = assessment.institution
        slots[institutionSlot] = .object(CELObject(type: institutionType, fields: [
            .string(institution.id.rawValue), .string(institution.name), .string(institution.kind.rawValue),
            .string(institution.order.rawValue), institution.state.map(CELValue.string),
            institution.population.map { .int(Int64($0)) },
        ]))
        slots[periodSlot] = .object(CELObject(type: periodType, fields: [assessment.periodStart.map(timestamp), assessment.periodEnd.map(timestamp)]))
        for (index, (sectionID, shape)) in sectionTypes.enumerated() {
            slots[sectionSlots[index]] = .object(object(assessment.sections[sectionID], shape))
        }
        slots[indicatorsSlot] = .object(CELObject(type: indicatorsType, fields: Array(repeating: nil, count: indicatorsType.fieldNames.count)))
        return CELActivation(slots: slots)
    }

    private func object(_ group: AnswerGroup?, _ shape: AnswerShape) -> CELObject {
        guard let group else { return CELObject(type: shape.type, fields: Array(repeating: nil, count: shape.ids.count)) }
        // Readers fill a group's slots in the form's order: then slot i is field i. A group built
        // otherwise is read by name.
        if group.fields == shape.ids {
            return CELObject(type: shape.type, fields: shape.ids.indices.map { index in
                group.values[index].map { value($0.value, item: shape.items[index]) }
            })
        }
        return CELObject(type: shape.type, fields: shape.ids.indices.map { index in
            group[shape.ids[index]].map { value($0.value, item: shape.items[index]) }
        })
    }

    /// The value of an answer; `item` is the shape of its items, for a list.
    private func value(_ answer: AnswerValue.Value, item: AnswerShape?) -> CELValue {
        switch answer {
        case .bool(let b): return .bool(b)
        case .integer(let n): return .int(n)
        case .number(let x): return .double(x)
        case .date(let day): return timestamp(day)
        case .text(let s): return .string(s)
        case .texts(let list): return .list(list.map(CELValue.string))
        case .items(let items):
            // The item type the expressions were compiled against, not a new equal one: compiled field
            // selections recognise it by identity and read the field by index, not by name.
            guard let item else { return .list([]) }
            return .list(items.map { .object(object($0, item)) })
        }
    }

    /// A date as a timestamp at midnight UTC.
    private func timestamp(_ day: Day) -> CELValue {
        CELTimestamp(seconds: Int64(day.daysSinceEpoch) * 86_400).map(CELValue.timestamp) ?? .null
    }

    /// Sets one indicator's value in the `indicators` object, for indicators that read others.
    func setIndicator(_ index: Int, to value: CELValue, in scope: CELScope) {
        scope.update(slot: indicatorsSlot) { slot in
            guard case .object(var object) = slot else { return }
            // Empty the slot first, so that `object` holds the only reference to its fields and the
            // update is made in place instead of copying them all.
            slot = .null
            object.set(at: index, value)
            slot = .object(object)
        }
    }

    func indicatorIndex(_ id: IndicatorID) -> Int? { indicatorsType.index(of: id.rawValue) }
}
