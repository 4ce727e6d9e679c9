import Foundation

/// Reads and runs the CEL conformance cases (`conformance/cel/*.json`, the format described in
/// the shared conformance README), for the `cel-conformance` tool and the test suite alike.
public enum CELConformance {
    /// One conformance case.
    public struct Case: Sendable {
        /// The file's name without `.json`.
        public var file: String
        /// The section's name.
        public var section: String
        /// The case's name, unique within its section.
        public var name: String
        /// The CEL source.
        public var expr: String
        /// Parse without macro expansion.
        public var disableMacros: Bool
        /// Upstream runs the case without its type checker.
        public var disableCheck: Bool
        /// Values by (possibly dotted) name.
        public var bindings: [(String, CELValue)]
        /// The expected value, when a value is expected.
        public var expected: CELValue?
        /// True when evaluation must fail.
        public var expectsError: Bool

        /// `file/section/name`, the id used by expected-failure lists.
        public var id: String { "\(file)/\(section)/\(name)" }
    }

    /// The result of running a case.
    public enum Outcome: Sendable, Equatable {
        case passed
        case failed(String)
        case skipped(String)
    }

    /// A case file that does not follow the documented format.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Every `*.json` file of `directory`, sorted by name, with its cases in file order.
    public static func load(directory: URL) throws -> [(file: String, cases: [Case])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let fileName = String(name.dropLast(5))
            return (fileName, try decodeFile(data, defaultName: fileName))
        }
    }

    /// Decodes one conformance file.
    public static func decodeFile(_ data: Data, defaultName: String) throws -> [Case] {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FormatError(description: "not a JSON object")
        }
        let file = root["file"] as? String ?? defaultName
        var cases: [Case] = []
        for case let section as [String: Any] in root["sections"] as? [Any] ?? [] {
            let sectionName = section["name"] as? String ?? ""
            for case let test as [String: Any] in section["tests"] as? [Any] ?? [] {
                var bindings: [(String, CELValue)] = []
                for (key, raw) in (test["bindings"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    bindings.append((key, try value(raw)))
                }
                cases.append(
                    Case(
                        file: file, section: sectionName, name: test["name"] as? String ?? "",
                        expr: test["expr"] as? String ?? "",
                        disableMacros: test["disable_macros"] as? Bool ?? false,
                        disableCheck: test["disable_check"] as? Bool ?? false,
                        bindings: bindings,
                        expected: try test["expected"].map { try value($0) },
                        expectsError: test["error"] as? Bool ?? false))
            }
        }
        return cases
    }

    /// Decodes a VALUE: a one-key object naming the CEL type.
    public static func value(_ json: Any) throws -> CELValue {
        guard let object = json as? [String: Any], object.count == 1, let (kind, payload) = object.first else {
            throw FormatError(description: "a VALUE must be a one-key object")
        }
        switch kind {
        case "null": return .null
        case "bool":
            guard let flag = payload as? Bool else { throw FormatError(description: "bad bool") }
            return .bool(flag)
        case "int":
            guard let text = payload as? String, let v = Int64(text) else { throw FormatError(description: "bad int") }
            return .int(v)
        case "uint":
            guard let text = payload as? String, let v = UInt64(text) else { throw FormatError(description: "bad uint") }
            return .uint(v)
        case "double":
            if let text = payload as? String {
                switch text {
                case "NaN": return .double(.nan)
                case "Infinity": return .double(.infinity)
                case "-Infinity": return .double(-.infinity)
                default: throw FormatError(description: "bad double \(text)")
                }
            }
            guard let number = payload as? NSNumber else { throw FormatError(description: "bad double") }
            return .double(number.doubleValue)
        case "string":
            guard let text = payload as? String else { throw FormatError(description: "bad string") }
            return .string(text)
        case "bytes":
            guard let text = payload as? String, let data = Data(base64Encoded: text) else {
                throw FormatError(description: "bad bytes")
            }
            return .bytes([UInt8](data))
        case "list":
            guard let items = payload as? [Any] else { throw FormatError(description: "bad list") }
            return .list(try items.map { try value($0) })
        case "map":
            guard let pairs = payload as? [Any] else { throw FormatError(description: "bad map") }
            var map = CELMap()
            for case let pair as [Any] in pairs where pair.count == 2 {
                guard map.insert(try value(pair[0]), try value(pair[1])) != nil else {
                    throw FormatError(description: "bad map key")
                }
            }
            return .map(map)
        case "type":
            guard let name = payload as? String else { throw FormatError(description: "bad type") }
            return .type(name)
        default:
            throw FormatError(description: "unknown VALUE kind \(kind)")
        }
    }

    /// Runs a case: bindings become `dyn` declarations in binding order.
    public static func run(_ test: Case) -> Outcome {
        var declarations = CELDeclarations()
        for (name, _) in test.bindings { declarations.declare(name, .dyn) }
        let activation = CELActivation(slots: test.bindings.map(\.1))
        let program: CELProgram
        do {
            program = try CELProgram.compile(
                test.expr, declarations: declarations, macros: !test.disableMacros, checked: !test.disableCheck)
        } catch {
            if test.expectsError { return .passed }
            return .failed("compile error \(error.code) at \(error.offset): \(error.message.text(.en))")
        }
        switch program.evaluate(activation) {
        case .success(let v):
            if test.expectsError { return .failed("expected an error, got \(v)") }
            guard let expected = test.expected else { return .failed("case has no expectation") }
            return same(v, expected) ? .passed : .failed("expected \(expected), got \(v)")
        case .failure(let e):
            if test.expectsError { return .passed }
            return .failed("evaluation error: \(e.message.text(.en))")
        }
    }

    /// Equality with type: `1`, `1u` and `1.0` differ; NaN matches NaN; maps ignore order.
    public static func same(_ a: CELValue, _ b: CELValue) -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)):
            return (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign) || (x == 0 && y == 0 && x == y)
        case (.string(let x), .string(let y)):
            return x.utf8.elementsEqual(y.utf8)
        case (.list(let x), .list(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in zip(x.keys, x.values) {
                guard let i = y.keys.firstIndex(of: key), same(value, y.values[i]) else { return false }
            }
            return true
        default:
            return a == b
        }
    }

    /// An expected-failure list: one `file/section/name  # reason` per line, or `file/*` for
    /// a whole file; blank lines and lines starting with `#` are ignored.
    public struct ExpectedFailures: Sendable {
        /// Listed case ids with their reasons.
        public private(set) var cases: [String: String] = [:]
        /// Whole files listed as `file/*`, with their reasons.
        public private(set) var files: [String: String] = [:]

        /// Parses the list's text.
        public init(text: String) {
            for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                var id = line
                var reason = ""
                if let hash = line.range(of: " #") {
                    id = line[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
                    reason = line[hash.upperBound...].trimmingCharacters(in: .whitespaces)
                }
                if id.hasSuffix("/*") {
                    files[String(id.dropLast(2))] = reason
                } else {
                    cases[id] = reason
                }
            }
        }

        /// True when the case is listed, by id or by file.
        public func contains(_ test: Case) -> Bool {
            cases[test.id] != nil || files[test.file] != nil
        }
    }
}
