import AperturaSource

/// A compile error before its position is turned into line and column.
struct PendingCompileError: Error {
    var code: String
    var message: LocalizedText
    var offset: Int
    var help: LocalizedText? = nil
}
