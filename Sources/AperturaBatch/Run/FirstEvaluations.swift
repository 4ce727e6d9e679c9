import AperturaModel

/// Where each institution of a run was first evaluated, kept in a fixed size per institution: its id's
/// 128-bit digest and the place, as a file number and a line (24 bytes in the table, where the id itself
/// with its place took some 200 bytes for the Métrica's long ids).
struct FirstEvaluations {
    /// A file, by its position in `files`, and a 1-based line.
    struct Place: Hashable {
        let file: UInt32
        let line: UInt32
    }

    private var places: [InstitutionDigest: Place] = [:]
    /// Places that do not fit in 32-bit numbers (a file past the 4,294,967,295th, or a line past it):
    /// kept whole, in practice never.
    private var widePlaces: [InstitutionDigest: (file: Int, line: Int)] = [:]
    /// The files of the places, in the order their first institution came. Results come in input order,
    /// so a file's institutions follow each other: a file is added when it differs from the last one.
    private var files: [String] = []
    /// The institutions whose first appearance could not be evaluated (its id read all the same): few.
    private var invalidFirsts: Set<InstitutionDigest> = []

    var count: Int { places.count + widePlaces.count }

    /// Records `id` as seen at `file`:`line` (evaluated, or `invalid`) and returns nil the first time; after that,
    /// leaves the record as it is and returns where the institution first appeared, and whether that input was invalid.
    mutating func record(_ id: InstitutionID, file: String, line: Int, invalid: Bool = false) -> (file: String, line: Int, invalid: Bool)? {
        let digest = InstitutionDigest(id)
        if let first = places[digest] { return (files[Int(first.file)], Int(first.line), invalidFirsts.contains(digest)) }
        if !widePlaces.isEmpty, let first = widePlaces[digest] { return (files[first.file], first.line, invalidFirsts.contains(digest)) }
        if invalid { invalidFirsts.insert(digest) }
        if files.last != file { files.append(file) }
        let fileIndex = files.count - 1
        if let compactFile = UInt32(exactly: fileIndex), let compactLine = UInt32(exactly: line) {
            places[digest] = Place(file: compactFile, line: compactLine)
        } else {
            widePlaces[digest] = (fileIndex, line)
        }
        return nil
    }

    /// Bytes the table keeps per institution, besides the table's own spare room: the same for every id.
    static var bytesPerInstitution: Int { MemoryLayout<InstitutionDigest>.stride + MemoryLayout<Place>.stride }
}
