/// Byte order of paths, the order inputs are taken in. Compares the contiguous UTF-8 bytes directly:
/// iterating `String.UTF8View` element by element costs several times more, and sorting tens of
/// thousands of paths makes hundreds of thousands of comparisons.
enum PathOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.lexicographicallyPrecedes(y) } }
    }
}
