import AperturaModel
import AperturaSource
import AperturaYAML

/// The institution, the period and typed scalars, read as `AssessmentLoader` and `LoadContext` read
/// them; nil wherever they would report an error.
extension AssessmentFastReader.Session {
    enum InstitutionKey: Int {
        case id, name, kind, order, state, population
        static let names = NameTable(["id", "name", "kind", "order", "state", "population"])
    }

    /// `institution:`, its start event current.
    mutating func institution() -> Institution? {
        let start = cursor.startMark
        var seen: UInt64 = 0
        var idRange: SourceRange?
        var id: String?, name: String?, kind: InstitutionKind?, order: GovernmentOrder?, state: String?, population: Int64?
        while cursor.next() == .scalar {
            guard let index = InstitutionKey.names.index(of: cursor.bytes), let key = InstitutionKey(rawValue: index), mark(index, in: &seen) else { return nil }
            cursor.next()
            // `key:` with no value is the key left out.
            if cursor.isNull { continue }
            guard let text = string() else { return nil }
            switch key {
            case .id:
                guard !text.allSatisfy(\.isWhitespace) else { return nil }
                id = text
                idRange = range(from: cursor.startMark)
            case .name: guard !text.allSatisfy(\.isWhitespace) else { return nil }; name = text
            case .kind: guard let value = InstitutionKind(rawValue: text) else { return nil }; kind = value
            case .order: guard let value = GovernmentOrder(rawValue: text) else { return nil }; order = value
            case .state: guard MexicanState.ids.contains(text) else { return nil }; state = text
            case .population: guard let n = integer(), n > 0 else { return nil }; population = n
            }
        }
        guard cursor.kind == .mappingEnd, let id, let name, let kind, let order, order == .federal || state != nil,
            InstitutionIdentity.orderConflict(kind: kind, order: order) == nil,
            InstitutionIdentity.stateConflict(order: order, state: state) == nil
        else { return nil }
        return Institution(id: InstitutionID(id), name: name, kind: kind, order: order, state: state,
                           population: population.map(Int.init), range: range(from: start), idRange: idRange)
    }

    /// `period: {start, end}`, its start event current: the dates, and where each is written.
    mutating func period() -> (Day, Day, SourceRange, SourceRange)? {
        var start: (Day, SourceRange)?, end: (Day, SourceRange)?
        while cursor.next() == .scalar {
            let isStart = cursor.equals("start")
            guard isStart || cursor.equals("end") else { return nil }
            cursor.next()
            let valueStart = cursor.startMark
            guard let day = day() else { return nil }
            if isStart {
                guard start == nil else { return nil }
                start = (day, range(from: valueStart))
            } else {
                guard end == nil else { return nil }
                end = (day, range(from: valueStart))
            }
        }
        guard cursor.kind == .mappingEnd, let start, let end, start.0 <= end.0 else { return nil }
        return (start.0, end.0, start.1, end.1)
    }

    /// A scalar's text, as `LoadContext.visibleString`: any style, but not a plain null, and nothing invisible.
    func string() -> String? {
        guard cursor.kind == .scalar, !cursor.isNull else { return nil }
        return InvisibleCharacters.first(in: cursor.bytes) == nil ? cursor.text : nil
    }

    /// A date, as `LoadContext.answerDay` reads it.
    func day() -> Day? {
        string().flatMap(Day.init).flatMap { AnswerDates.plausible.contains($0) ? $0 : nil }
    }

    /// A plain boolean, as `LoadContext.bool` reads it.
    func bool() -> Bool? {
        cursor.isPlain ? LoadContext.boolean(cursor.text) : nil
    }

    /// A plain whole number, as `LoadContext.integer` reads it.
    func integer() -> Int64? {
        cursor.isPlain && !cursor.isNull ? LoadContext.integer(cursor.text) : nil
    }

    /// A plain finite number in YAML 1.2 core notation, as `LoadContext.number` reads it.
    func number() -> Double? {
        cursor.isPlain && !cursor.isNull ? LoadContext.number(cursor.text) : nil
    }
}
