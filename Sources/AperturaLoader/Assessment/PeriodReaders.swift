public import AperturaModel

/// The rules that read the reporting period (`period.start`, `period.end`), in their check, their condition or
/// their indicator (through the indicators it reads). Without `period:` they would be judged "not reported":
/// for `validate`, a self-assessment they apply to needs its period as it needs its required answers.
public enum PeriodReaders {
    public static func rules(of ruleSet: RuleSet, order: GovernmentOrder, kind: InstitutionKind) -> [RuleID] {
        // Indicators that read the period, directly or through `indicators.x`, to a fixed point.
        var reading = Set(ruleSet.indicators.filter { readsPeriod($0.value.text) }.map(\.id))
        var grew = true
        while grew {
            grew = false
            for indicator in ruleSet.indicators where !reading.contains(indicator.id)
                && reading.contains(where: { mentions("indicators.\($0.rawValue)", in: indicator.value.text) }) {
                reading.insert(indicator.id)
                grew = true
            }
        }
        return ruleSet.rules.filter { rule in
            guard rule.appliesTo.matchesIdentity(order: order, kind: kind) else { return false }
            if let when = rule.appliesTo.when, readsPeriod(when.text) { return true }
            switch rule.body {
            case .check(let source, _, _): return readsPeriod(source.text)
            case .goal(let indicator, _, _): return reading.contains(indicator)
            }
        }.map(\.id)
    }

    static func readsPeriod(_ text: String) -> Bool {
        mentions("period.start", in: text) || mentions("period.end", in: text)
    }

    /// `name` in `text` as a whole path: not the tail of a longer one (`x.period.end`, `my_period.end`) nor the
    /// head of one (`period.ending`).
    static func mentions(_ name: String, in text: String) -> Bool {
        let bytes = Array(text.utf8), target = Array(name.utf8)
        guard bytes.count >= target.count else { return false }
        func isPart(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        for start in 0...(bytes.count - target.count) where bytes[start..<(start + target.count)].elementsEqual(target) {
            let before = start == 0 ? nil : bytes[start - 1]
            let after = start + target.count < bytes.count ? bytes[start + target.count] : nil
            if before.map(isPart) != true, after.map({ isPart($0) && $0 != UInt8(ascii: ".") }) != true { return true }
        }
        return false
    }
}
