import AperturaModel

/// Every answer that keeps an expression from a value, not only the one its evaluation stopped at: CEL
/// stops at the first missing answer, and a self-assessment told of one gap at a time would be sent back
/// once per answer. Worked out only for what is not reported, so an evaluation that reports everything
/// pays nothing for it.
enum UnreportedAnswers {
    /// `named` (the missing answers the evaluation found, which may name a field of a list's items:
    /// `agenda.compromisos[].avance`) with every one of `reads` that the self-assessment leaves out, in the
    /// form's order, each once. An answer the expressions only test with `has()` (`optional`) is one they do
    /// without: it is listed only when the evaluation itself found it missing.
    static func list(
        _ named: [String], reads: [ReadPath], optional: Set<ReadPath>, in assessment: Assessment, form: FormOrder
    ) -> [String] {
        var paths = named
        for read in reads where !optional.contains(read) && assessment.sections[read.section]?[read.field] == nil {
            paths.append(read.path)
        }
        var seen: Set<String> = []
        let unique = paths.enumerated().filter { seen.insert($0.element).inserted }
        // A path outside the form (the institution's header, above the answers in the file) comes first;
        // ties (items of one list) keep the order the evaluation found them in.
        return unique.map { (position: form.position(of: $0.element) ?? -1, index: $0.offset, path: $0.element) }
            .sorted { ($0.position, $0.index) < ($1.position, $1.index) }
            .map(\.path)
    }
}
