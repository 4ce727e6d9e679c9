import AperturaModel
import AperturaSource

/// The answers the rules read, worked out once for the rule set: each distinct `section.field` once,
/// and for each rule the positions of its reads. An evaluation then looks each answer up once per
/// self-assessment (each section once), instead of once per rule that reads it, and each rule's
/// `reads` is assembled from the looked-up ranges without any further lookup.
struct ReadTable: Sendable {
    /// The sections read, each once.
    let sections: [SectionID]
    /// The distinct fields read: the position of their section in `sections`, the field, its path.
    let fields: [(section: Int, field: String, path: String)]
    /// For each rule, in evaluation order: the positions in `fields` of what it reads, in its order.
    let ruleReads: [[Int]]

    init(rules: [[ReadPath]]) {
        var sections: [SectionID] = [], sectionIndex: [SectionID: Int] = [:]
        var fields: [(section: Int, field: String, path: String)] = [], fieldIndex: [ReadPath: Int] = [:]
        ruleReads = rules.map { reads in
            reads.map { read in
                if let known = fieldIndex[read] { return known }
                let section = sectionIndex[read.section] ?? {
                    sections.append(read.section)
                    sectionIndex[read.section] = sections.count - 1
                    return sections.count - 1
                }()
                fields.append((section, read.field, read.path))
                fieldIndex[read] = fields.count - 1
                return fields.count - 1
            }
        }
        self.sections = sections
        self.fields = fields
    }

    /// Where each field of `fields` is answered in the self-assessment (nil: not answered).
    func ranges(in assessment: Assessment) -> [SourceRange?] {
        let groups = sections.map { assessment.sections[$0] }
        return fields.map { groups[$0.section]?[$0.field]?.range }
    }

    /// What rule `rule` read, given the ranges `ranges(in:)` found.
    func reads(ofRule rule: Int, ranges: [SourceRange?]) -> [AnswerRead] {
        ruleReads[rule].map { AnswerRead(path: fields[$0].path, range: ranges[$0]) }
    }
}
