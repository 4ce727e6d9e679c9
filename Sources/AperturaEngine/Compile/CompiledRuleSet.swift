import AperturaExpressions
public import AperturaModel

/// A rule set with every expression compiled once, ready to evaluate any number of self-assessments.
public struct CompiledRuleSet: Sendable {
    public let ruleSet: RuleSet
    public let environment: ExpressionEnvironment
    /// Indicators in an order where each comes after the indicators it reads.
    let indicatorOrder: [CompiledIndicator]
    /// The ids of `indicatorOrder`, for evaluations to read their results by id.
    public let indicatorIndex: IndicatorIndex
    /// The most comprehension variables any one expression uses.
    let maxLocals: Int
    let rules: [CompiledRule]
    /// `when` conditions of form sections, by section.
    let sectionConditions: [SectionID: CELProgram]
    /// Where each field stands in the form: answers missing are listed in its order.
    let form: FormOrder

    // The two below are immutable classes, not structs: every evaluation walks all of them, and
    // handing one around is then one reference count instead of one per string inside the rule or
    // indicator it carries.

    init(ruleSet: RuleSet, environment: ExpressionEnvironment, indicatorOrder: [CompiledIndicator], rules: [CompiledRule],
         sectionConditions: [SectionID: CELProgram], form: FormOrder) {
        self.ruleSet = ruleSet
        self.environment = environment
        self.indicatorOrder = indicatorOrder
        indicatorIndex = IndicatorIndex(indicatorOrder.map(\.indicator.id))
        maxLocals = (indicatorOrder.flatMap { [$0.program.localCount, $0.validity?.localCount ?? 0] } + rules.flatMap { [$0.condition?.localCount, $0.check?.localCount] }.compactMap { $0 }).max() ?? 0
        self.rules = rules
        self.sectionConditions = sectionConditions
        self.form = form
    }

    final class CompiledIndicator: Sendable {
        let indicator: Indicator
        let program: CELProgram
        /// The indicator's `valid_when` condition, when it has one.
        let validity: CELProgram?
        /// The conditions of `validity`'s `&&` chain: the first false one is what an error names.
        let validityConjuncts: [CompiledConjunct]
        let slotIndex: Int
        /// The form fields the expressions read, to say what it read.
        let reads: [ReadPath]
        /// Those of `reads` it tests with `has()`: it copes with their absence.
        let optionalReads: Set<ReadPath>
        /// The period's dates it reads (`period.start`, `period.end`).
        let periodReads: [String]
        /// The fields of list items it needs.
        let itemReads: [ItemReads]
        /// The indicators it reads through `indicators.x`.
        let dependencies: [IndicatorID]
        /// The conditions of a yes/no indicator's `&&` chain (empty for any other).
        let conjuncts: [CompiledConjunct]

        init(indicator: Indicator, program: CELProgram, validity: CELProgram?, validityConjuncts: [CompiledConjunct], slotIndex: Int, reads: [ReadPath], optionalReads: Set<ReadPath>,
             periodReads: [String], itemReads: [ItemReads], dependencies: [IndicatorID], conjuncts: [CompiledConjunct]) {
            self.indicator = indicator
            self.program = program
            self.validity = validity
            self.validityConjuncts = validityConjuncts
            self.slotIndex = slotIndex
            self.reads = reads
            self.optionalReads = optionalReads
            self.periodReads = periodReads
            self.itemReads = itemReads
            self.dependencies = dependencies
            self.conjuncts = conjuncts
        }
    }

    final class CompiledRule: Sendable {
        let rule: Rule
        /// What each of the rule's outcomes repeats, made once.
        let facts: RuleFacts
        let condition: CELProgram?
        let check: CELProgram?
        /// Everything the rule reads (its condition, its check or indicator, its evidence), once each.
        let reads: [ReadPath]
        /// Those of `reads` that its condition, check or indicator reads: what it needs for a value. Evidence read
        /// only as evidence is not: its absence makes the rule "missing evidence" once judged, not unjudgeable.
        let neededReads: [ReadPath]
        /// Those of `reads` that its condition, check or indicator tests with `has()`.
        let optionalReads: Set<ReadPath>
        /// The fields of list items that its condition, check or indicator needs.
        let neededItemReads: [ItemReads]
        /// The conditions of the check's `&&` chain (empty for a goal rule, or a check that is no such chain).
        let checkConjuncts: [CompiledConjunct]
        /// The period's dates its condition, check or indicator reads (`period.start`, `period.end`), listed after
        /// `reads` among what it read.
        let periodReads: [String]

        init(rule: Rule, condition: CELProgram?, check: CELProgram?, reads: [ReadPath], neededReads: [ReadPath],
             optionalReads: Set<ReadPath>, neededItemReads: [ItemReads], checkConjuncts: [CompiledConjunct], periodReads: [String]) {
            self.rule = rule
            facts = RuleFacts(rule)
            self.condition = condition
            self.check = check
            self.reads = reads
            self.neededReads = neededReads
            self.optionalReads = optionalReads
            self.neededItemReads = neededItemReads
            self.checkConjuncts = checkConjuncts
            self.periodReads = periodReads
        }
    }

    func indicator(_ id: IndicatorID) -> CompiledIndicator? { indicatorOrder.first(where: { $0.indicator.id == id }) }
}
