import AperturaModel
import Testing

/// Quadrants read "above the threshold" strictly on both axes (Quadrants: "strictly above, as the Métrica reads
/// it"), x first: a value exactly at the threshold is low, on either axis.
@Suite struct QuadrantBoundaryTests {
    let quadrants = Quadrants(x: "t", y: "p", threshold: 0.5, names: [:])

    @Test func exactlyTheThresholdIsLowOnEitherAxis() {
        #expect(quadrants.quadrant(x: 0.5, y: 0.5) == .lowLow)
        #expect(quadrants.quadrant(x: 0.51, y: 0.5) == .highLow)
        #expect(quadrants.quadrant(x: 0.5, y: 0.51) == .lowHigh)
        #expect(quadrants.quadrant(x: 0.51, y: 0.51) == .highHigh)
    }
}
