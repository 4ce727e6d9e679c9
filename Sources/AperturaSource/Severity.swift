/// How serious a diagnostic is. Errors make a file invalid (exit 65); warnings and notes do not.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .es): "error"
        case (.warning, .es): "advertencia"
        case (.note, .es): "nota"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.note, .en): "note"
        }
    }
}
