public import AperturaModel
import AperturaSource
import AperturaYAML

/// Reads self-assessments straight from libyaml's events, with no tree and no diagnostics: the batch's
/// fast path. It accepts only what `AssessmentLoader` accepts, and builds the same assessments; on anything
/// else (an error, an unknown key, an alias, a tag, a value out of bounds) it gives up, and the caller
/// reads the file again with the full loader, which says exactly what is wrong.
///
/// Giving up is always safe, so the reader stays narrow: it never needs to explain a problem, only to
/// recognise a document that has none. `FastReaderTests` hold it to the full loader's results.
public struct AssessmentFastReader: Sendable {
    let ruleSetID: String
    let sectionIDs: [SectionID]
    let sectionNames: NameTable
    let sections: [FieldTable]
    /// False for a form nested so deep that a document could pass the YAML depth limit: the full
    /// loader checks that limit, this reader does not.
    let formIsShallow: Bool

    public init(ruleSet: RuleSet) {
        ruleSetID = ruleSet.info.id
        sectionIDs = ruleSet.form.map(\.id)
        sectionNames = NameTable(ruleSet.form.map(\.id.rawValue))
        sections = ruleSet.form.map { FieldTable($0.fields) }
        // The root and `answers` hold the sections.
        formIsShallow = 2 + (sections.map(\.depth).max() ?? 0) < YAMLLimits.default.maxDepth
    }

    /// Every document of the file as an assessment, or nil when the full loader must read it.
    /// `firstLine`: the 0-based line of the file on which `bytes` start (one document cut out of a stream).
    public func read(_ bytes: [UInt8], file: String, firstLine: Int = 0) -> [Assessment]? {
        guard formIsShallow else { return nil }
        return YAMLEventCursor.withEvents(of: bytes) { cursor in
            var session = Session(cursor: cursor, file: file, firstLine: firstLine, reader: self)
            return session.stream()
        }
    }

    /// One pass over one file's events.
    struct Session {
        let cursor: YAMLEventCursor
        let file: String
        let firstLine: Int
        let reader: AssessmentFastReader

        mutating func stream() -> [Assessment]? {
            guard cursor.next() == .streamStart else { return nil }
            var assessments: [Assessment] = []
            while true {
                switch cursor.next() {
                case .documentStart:
                    guard cursor.next() == .mappingStart, let assessment = document(), cursor.next() == .documentEnd else { return nil }
                    assessments.append(assessment)
                case .streamEnd:
                    return assessments.isEmpty ? nil : assessments
                default:
                    return nil
                }
            }
        }

        enum RootKey: Int {
            case apertura, ruleSet, institution, period, answers
            static let names = NameTable(["apertura", "rule_set", "institution", "period", "answers"])
        }

        /// The document's root mapping, its start event current.
        mutating func document() -> Assessment? {
            let start = cursor.startMark
            var seen: UInt64 = 0
            var version: Int64?, ruleSetID: String?, institution: Institution?, period: (Day, Day, SourceRange, SourceRange)?
            var sections: [SectionID: AnswerGroup] = [:]
            while cursor.next() == .scalar {
                guard let index = RootKey.names.index(of: cursor.bytes), let key = RootKey(rawValue: index), mark(index, in: &seen) else { return nil }
                let value = cursor.next()
                // `key:` with no value is the key left out: an error for the required keys.
                if cursor.isNull {
                    guard key == .period || key == .answers else { return nil }
                    continue
                }
                switch key {
                case .apertura:
                    guard let v = integer(), v == 1 else { return nil }
                    version = v
                case .ruleSet:
                    guard value == .scalar, cursor.equals(reader.ruleSetID) else { return nil }
                    ruleSetID = reader.ruleSetID
                case .institution:
                    guard value == .mappingStart, let read = self.institution() else { return nil }
                    institution = read
                case .period:
                    guard value == .mappingStart, let read = self.period() else { return nil }
                    period = read
                case .answers:
                    guard value == .mappingStart, let read = self.sections() else { return nil }
                    sections = read
                }
            }
            guard cursor.kind == .mappingEnd, let version, let ruleSetID, let institution else { return nil }
            var assessment = Assessment(
                formatVersion: Int(version), ruleSet: ruleSetID, institution: institution, periodStart: period?.0,
                periodEnd: period?.1, sections: sections, file: file, range: range(from: start))
            // Where the dates are written, as the full loader keeps them: a report lists them among what a rule read.
            assessment.periodStartRange = period?.2
            assessment.periodEndRange = period?.3
            return assessment
        }

        /// `answers:`, its start event current: each section read against its form.
        mutating func sections() -> [SectionID: AnswerGroup]? {
            guard reader.sectionNames.count <= 64 else { return nil }
            var seen: UInt64 = 0
            var result: [SectionID: AnswerGroup] = [:]
            while cursor.next() == .scalar {
                guard let index = reader.sectionNames.index(of: cursor.bytes), mark(index, in: &seen) else { return nil }
                let value = cursor.next()
                if cursor.isNull { continue }
                guard value == .mappingStart, let group = group(reader.sections[index]) else { return nil }
                result[reader.sectionIDs[index]] = group
            }
            return cursor.kind == .mappingEnd ? result : nil
        }

        /// A section, or one item of a list, its start event current: an answer per field.
        mutating func group(_ fields: FieldTable) -> AnswerGroup? {
            guard fields.ids.count <= 64 else { return nil }
            let start = cursor.startMark
            var seen: UInt64 = 0
            var values = [AnswerValue?](repeating: nil, count: fields.ids.count)
            var expected = 0
            while cursor.next() == .scalar {
                guard let index = fields.names.index(of: cursor.bytes, hint: expected), mark(index, in: &seen) else { return nil }
                expected = index + 1
                let kind = cursor.next()
                // `field:` with no value is no answer: it stays "not reported". So is a text of nothing but spaces.
                if cursor.isNull { continue }
                let valueStart = cursor.startMark
                guard let value = value(kind, fields: fields, at: index) else { return nil }
                if fields.types[index] == .text, case .text(let text) = value, AnswerReader.isBlank(text) { continue }
                values[index] = AnswerValue(value, range: range(from: valueStart))
            }
            guard cursor.kind == .mappingEnd else { return nil }
            return AnswerGroup(fields: fields.ids, values: values, range: range(from: start))
        }

        /// The answer to field `index`, its first event current (and its last, on return).
        mutating func value(_ kind: YAMLEventCursor.Kind, fields: FieldTable, at index: Int) -> AnswerValue.Value? {
            switch fields.types[index] {
            case .boolean: return bool().map(AnswerValue.Value.bool)
            case .integer:
                guard let n = integer(), fields.contains(Double(n), at: index) else { return nil }
                return .integer(n)
            case .number, .ratio, .percent:
                guard let x = number(), fields.contains(x, at: index), !fields.warns(of: x, at: index) else { return nil }
                return .number(x)
            case .date: return day().map(AnswerValue.Value.date)
            case .text: return string().map(AnswerValue.Value.text)
            case .choice:
                guard let text = string(), fields.options[index].contains(text) else { return nil }
                return .text(text)
            case .choices, .evidence:
                guard kind == .sequenceStart else { return nil }
                let isChoices = fields.types[index] == .choices
                var texts: [String] = []
                while cursor.next() == .scalar {
                    guard let text = string() else { return nil }
                    if isChoices {
                        // More choices than options means a repeat: given up before `contains` grows with the list.
                        guard texts.count < fields.options[index].count, fields.options[index].contains(text), !texts.contains(text) else { return nil }
                    } else if text.allSatisfy(\.isWhitespace) || PlaceholderEvidence.matches(text) || ValueAdvice.withoutTypographicQuotes(text) != nil {
                        // An empty entry is an error, a placeholder or typographic quotes a warning: the full loader says which.
                        return nil
                    }
                    texts.append(text)
                }
                return cursor.kind == .sequenceEnd ? .texts(texts) : nil
            case .list:
                guard kind == .sequenceStart, let itemFields = fields.items[index] else { return nil }
                var items: [AnswerGroup] = []
                while cursor.next() == .mappingStart {
                    guard let item = group(itemFields) else { return nil }
                    items.append(item)
                }
                return cursor.kind == .sequenceEnd ? .items(items) : nil
            }
        }

        /// Sets bit `index` of `seen`; false when it was already set (a repeated key).
        func mark(_ index: Int, in seen: inout UInt64) -> Bool {
            let bit: UInt64 = 1 << UInt64(index)
            guard seen & bit == 0 else { return false }
            seen |= bit
            return true
        }

        /// From `start` to the end of the current event, in the file's 1-based lines and columns.
        func range(from start: (line: Int, column: Int)) -> SourceRange {
            let end = cursor.endMark
            return SourceRange(file: file, startLine: firstLine + start.line + 1, startColumn: start.column + 1,
                               endLine: firstLine + end.line + 1, endColumn: end.column + 1)
        }
    }
}
