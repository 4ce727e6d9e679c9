import AperturaModel

/// 128 bits that stand for an institution id, whatever its length: what a batch keeps of every id it has
/// evaluated, to count each institution once.
///
/// Two 64-bit SipHash values of the id (Swift's `Hasher`, keyed once per process), kept apart by a
/// different first byte. They hash the id in the form ids are compared in (`InstitutionKey`: no spaces around
/// it, no case, dashes as `-`), as `String` compares it (canonically equivalent spellings, such as `é` and
/// `e` + U+0301, are the same id), so two ids with the same digest are, but for a collision, the same id. Among a million distinct ids the chance that any two share a digest is about
/// n² / 2¹²⁹ ≈ 1.5 × 10⁻²⁷.
struct InstitutionDigest: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init(_ id: InstitutionID) {
        let compared = InstitutionKey.compared(id.rawValue)
        var first = Hasher()
        first.combine(UInt8(0x01))
        first.combine(compared)
        var second = Hasher()
        second.combine(UInt8(0x02))
        second.combine(compared)
        high = UInt64(truncatingIfNeeded: first.finalize())
        low = UInt64(truncatingIfNeeded: second.finalize())
    }

    /// Both halves are already well mixed: one is enough to place the digest in a table.
    func hash(into hasher: inout Hasher) {
        hasher.combine(low)
    }
}
