#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte order of paths, the order inputs are taken in. Compares the contiguous UTF-8 bytes with `memcmp`:
/// sorting 80,000 paths makes over a million comparisons, and paths from one folder share a long prefix,
/// which a byte-by-byte generic comparison walked at some thousand instructions a comparison.
enum PathOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        let direct = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in precedes(x, y) }
        }
        if let direct, let direct { return direct }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
            let order = memcmp(p, q, common)
            if order != 0 { return order < 0 }
        }
        return x.count < y.count
    }
}
