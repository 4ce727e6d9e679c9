/// Simple (one scalar to one scalar) case folding, which is what RE2's `(?i)` applies: `k`, `K` and
/// the Kelvin sign fold together, as do `s`, `S` and the long s; `ß` does not become `ss`.
enum CaseFolding {
    /// The scalar that stands for the scalar's case class (its orbit): the lowercase of its uppercase.
    static func key(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return byte >= 0x41 && byte <= 0x5A ? Unicode.Scalar(byte | 0x20) : scalar
        }
        return lower(upper(scalar))
    }

    /// The other scalars of the scalar's orbit: a class test under `(?i)` tries each.
    static func variants(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard let orbit = orbits[key(scalar)] else { return [] }
        return orbit.filter { $0 != scalar }
    }

    /// Every orbit of more than one scalar, by key. Built once: only the scalars that change under some
    /// case mapping (about 2,800) can be in one, and that property is a cheap lookup. No scalar beyond
    /// the first two planes has case (the rest are ideographs, tags and private use).
    private static let orbits: [Unicode.Scalar: [Unicode.Scalar]] = {
        var orbits: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for value in UInt32(0)..<0x20000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
            let key = key(scalar)
            if orbits[key] == nil { orbits[key] = [key] }
            if scalar != key { orbits[key]!.append(scalar) }
        }
        return orbits.filter { $0.value.count > 1 }
    }()

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.lowercaseMapping) ?? scalar
    }

    private static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.uppercaseMapping) ?? scalar
    }

    /// The mapping when it is one scalar; a mapping to several (`ß` to `SS`) is not simple folding.
    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }
}
