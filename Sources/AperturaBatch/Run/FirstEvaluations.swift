import AperturaModel

/// Where each institution of a run was first evaluated, kept in a fixed size per institution: its id's
/// 128-bit digest, the place, as a file number and a line, a 32-bit hash of the id as written and how many rules
/// it left not reported (32 bytes in the table, where the id itself with its place took some 200 bytes for the
/// Métrica's long ids).
struct FirstEvaluations {
    /// A file, by its position in `files`, and a 1-based line; `spelling`: the id's hash as written; `unreported`:
    /// the rules it left not reported (at most 65,535).
    struct Place: Hashable {
        let file: UInt32
        let line: UInt32
        let spelling: UInt32
        let unreported: UInt16
    }

    /// Where an institution first appeared, and how its id was written there when a repeat writes it otherwise.
    struct First {
        let file: String
        let line: Int
        let invalid: Bool
        /// The rules the first left not reported: a repeat that leaves fewer may be the copy to keep.
        var unreported = 0
        /// The repeat writes the id otherwise (`so-jal-01120` for `SO-JAL-01120`).
        var writtenOtherwise = false
        /// The first's id as written, when it is written otherwise and can be told (nil when it cannot).
        var writtenAs: String?
    }

    private var places: [InstitutionDigest: Place] = [:]
    /// Places that do not fit in 32-bit numbers (a file past the 4,294,967,295th, or a line past it):
    /// kept whole, in practice never.
    private var widePlaces: [InstitutionDigest: (file: Int, line: Int, spelling: UInt32, unreported: UInt16)] = [:]
    /// The ids as written of the first appearances written otherwise than plainly (spaces around them, a dash
    /// look-alike): few, and not to be guessed from a repeat.
    private var unusualSpellings: [InstitutionDigest: String] = [:]
    /// The files of the places, in the order their first institution came. Results come in input order,
    /// so a file's institutions follow each other: a file is added when it differs from the last one.
    private var files: [String] = []
    /// The institutions whose first appearance could not be evaluated (its id read all the same): few.
    private var invalidFirsts: Set<InstitutionDigest> = []

    var count: Int { places.count + widePlaces.count }

    /// Records `id` as seen at `file`:`line` (evaluated with `unreported` rules not reported, or `invalid`) and
    /// returns nil the first time; after that, leaves the record as it is and returns where the institution first
    /// appeared, whether that input was invalid, how many rules it left not reported, and how the first wrote the id
    /// when this one writes it otherwise.
    mutating func record(_ id: InstitutionID, file: String, line: Int, invalid: Bool = false, unreported: Int = 0) -> First? {
        let digest = InstitutionDigest(id)
        let spelling = InstitutionKey.spelling(id.rawValue)
        if let first = places[digest] {
            return told(First(file: files[Int(first.file)], line: Int(first.line), invalid: invalidFirsts.contains(digest),
                              unreported: Int(first.unreported)),
                        spelling: first.spelling, repeat: id.rawValue, spelt: spelling, digest: digest)
        }
        if !widePlaces.isEmpty, let first = widePlaces[digest] {
            return told(First(file: files[first.file], line: first.line, invalid: invalidFirsts.contains(digest),
                              unreported: Int(first.unreported)),
                        spelling: first.spelling, repeat: id.rawValue, spelt: spelling, digest: digest)
        }
        let unreported = UInt16(clamping: unreported)
        if invalid { invalidFirsts.insert(digest) }
        if InstitutionKey.plain(id.rawValue) != id.rawValue { unusualSpellings[digest] = id.rawValue }
        if files.last != file { files.append(file) }
        let fileIndex = files.count - 1
        if let compactFile = UInt32(exactly: fileIndex), let compactLine = UInt32(exactly: line) {
            places[digest] = Place(file: compactFile, line: compactLine, spelling: spelling, unreported: unreported)
        } else {
            widePlaces[digest] = (fileIndex, line, spelling, unreported)
        }
        return nil
    }

    /// `first`, with how it wrote the id when `repeat` writes it otherwise: kept when it was unusual, else the repeat
    /// written plainly, in capitals, in small letters or with each word capitalised, whichever has the first's hash
    /// (none may, as for "Ayuntamiento de Zapopan": then nil, and the message says only that it was written otherwise).
    private func told(_ first: First, spelling: UInt32, repeat id: String, spelt: UInt32, digest: InstitutionDigest) -> First {
        guard spelling != spelt else { return first }
        var told = first
        told.writtenOtherwise = true
        let plain = InstitutionKey.plain(id)
        let words = plain.lowercased().split(separator: " ", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        told.writtenAs = unusualSpellings[digest]
            ?? [plain, plain.uppercased(), plain.lowercased(), words.joined(separator: " ")].first { InstitutionKey.spelling($0) == spelling }
        return told
    }

    /// Bytes the table keeps per institution, besides the table's own spare room: the same for every id.
    static var bytesPerInstitution: Int { MemoryLayout<InstitutionDigest>.stride + MemoryLayout<Place>.stride }
}
