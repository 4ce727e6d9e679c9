import AperturaYAML
import Testing

/// The event cursor of the batch's fast path reads null as the full loader does: only a plain scalar spells null.
/// Found by mutation testing.
@Suite struct EventCursorTests {
    @Test func onlyAPlainScalarIsNull() {
        let nulls = YAMLEventCursor.withEvents(of: Array("a: 'null'\nb: null\nc: \"~\"\nd: ~\n".utf8)) { cursor -> [Bool]? in
            var found: [Bool] = []
            while true {
                switch cursor.next() {
                case .scalar: found.append(cursor.isNull)
                case .streamEnd: return found
                case .unsupported: return nil
                default: continue
                }
            }
        }
        // Keys a, b, c, d are not null; of the values, only the plain `null` and `~` are.
        #expect(nulls == [false, false, false, true, false, false, false, true])
    }
}
