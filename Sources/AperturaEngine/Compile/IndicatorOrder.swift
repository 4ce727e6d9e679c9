import AperturaModel
import AperturaSource

/// Orders indicators so that each comes after those it reads through `indicators.x`;
/// a cycle is reported once, at the reference that closes it (`reference(reader, read)`: where `reader`'s expression
/// writes `indicators.read`), else at the expression of the first indicator found on it.
enum IndicatorOrder {
    static func sort(
        _ indicators: [Indicator], dependencies: [IndicatorID: [IndicatorID]],
        reference: (IndicatorID, IndicatorID) -> SourceRange? = { _, _ in nil }, diagnostics: inout [Diagnostic]
    ) -> [IndicatorID] {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var order: [IndicatorID] = []
        var done: Set<IndicatorID> = []
        var visiting: [IndicatorID] = []
        func visit(_ id: IndicatorID) -> Bool {
            if done.contains(id) { return true }
            if let start = visiting.firstIndex(of: id) {
                // Name the whole chain, so the author sees which reference to remove.
                let chain = (visiting[start...] + [id]).map(\.rawValue).joined(separator: " → ")
                diagnostics.append(.error(
                    "indicator_cycle", LocalizedText(es: "el indicador «\(id)» depende de sí mismo: \(chain)",
                                                     en: "indicator '\(id)' depends on itself: \(chain)"),
                    at: visiting.last.flatMap { reference($0, id) } ?? byID[id]?.value.range,
                    help: LocalizedText(es: "quite una de las referencias indicators.… de esa cadena",
                                        en: "remove one of the indicators.… references of that chain")))
                return false
            }
            visiting.append(id)
            defer { visiting.removeLast() }
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
