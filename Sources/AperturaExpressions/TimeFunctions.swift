/// Timestamp and duration accessors (`getFullYear`, `getHours`...), with an optional time zone
/// for timestamps (UTC by default).
enum TimeFunctions {
    static let accessors: Set<String> = [
        "getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear",
        "getHours", "getMinutes", "getSeconds", "getMilliseconds",
    ]

    static func access(_ name: String, _ v: CELValue, zone: CELValue?, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .timestamp(let t):
            var seconds = t.seconds
            if let zone {
                guard case .string(let z) = zone else { throw .noSuchOverload(name, [v, zone], at: at) }
                guard let offset = TimeZoneOffset.offset(z, at: t.seconds) else {
                    throw .invalid("zona horaria desconocida: '\(z)'", "unknown time zone: '\(z)'", at: at)
                }
                seconds += offset
            }
            let c = CivilTime(seconds: seconds)
            switch name {
            case "getFullYear": return .int(c.year)
            case "getMonth": return .int(c.month - 1)
            case "getDate": return .int(c.day)
            case "getDayOfMonth": return .int(c.day - 1)
            case "getDayOfWeek": return .int(c.dayOfWeek)
            case "getDayOfYear": return .int(c.dayOfYear)
            case "getHours": return .int(c.hour)
            case "getMinutes": return .int(c.minute)
            case "getSeconds": return .int(c.second)
            case "getMilliseconds": return .int(Int64(t.nanos) / 1_000_000)
            default: break
            }
        case .duration(let d) where zone == nil:
            switch name {
            case "getHours": return .int(d.seconds / 3600)
            case "getMinutes": return .int(d.seconds / 60)
            case "getSeconds": return .int(d.seconds)
            case "getMilliseconds": return .int(Int64(d.nanos) / 1_000_000)
            default: break
            }
        default: break
        }
        throw .noSuchOverload(name, zone.map { [v, $0] } ?? [v], at: at)
    }
}
