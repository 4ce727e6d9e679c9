import AperturaModel
import AperturaSource

/// Orders indicators so that each comes after those it reads through `indicators.x`;
/// a cycle is reported once, at the first indicator found on it.
enum IndicatorOrder {
    static func sort(_ indicators: [Indicator], dependencies: [IndicatorID: [IndicatorID]], diagnostics: inout [Diagnostic]) -> [IndicatorID] {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var order: [IndicatorID] = []
        var done: Set<IndicatorID> = []
        var visiting: Set<IndicatorID> = []
        func visit(_ id: IndicatorID) -> Bool {
            if done.contains(id) { return true }
            if visiting.contains(id) {
                diagnostics.append(.error(
                    "indicator_cycle", LocalizedText(es: "el indicador «\(id)» depende de sí mismo a través de otros",
                                                     en: "indicator '\(id)' depends on itself through others"),
                    at: byID[id]?.value.range))
                return false
            }
            visiting.insert(id)
            defer { visiting.remove(id) }
            for dependency in dependencies[id] ?? [] where byID[dependency] != nil && !visit(dependency) {
                // Every indicator on a cycle is settled here, so the cycle is reported once.
                done.insert(id)
                return false
            }
            done.insert(id)
            order.append(id)
            return true
        }
        for indicator in indicators where !done.contains(indicator.id) {
            _ = visit(indicator.id)
        }
        return order
    }
}
