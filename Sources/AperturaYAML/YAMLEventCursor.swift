internal import CLibYAML

/// libyaml's events one at a time, with no tree: for readers that know the shape they expect and
/// would rather give up than describe a problem (the batch's fast path, which falls back on the full
/// loader for any document it does not accept).
///
/// A cursor lives only inside `withEvents`, which checks the input as the full parser does (encoding,
/// UTF-8, size) and keeps the bytes alive and in place while libyaml reads them.
public final class YAMLEventCursor {
    public enum Kind: Sendable, Equatable {
        case streamStart, streamEnd, documentStart, documentEnd
        case mappingStart, mappingEnd, sequenceStart, sequenceEnd
        case scalar
        /// An alias, or a libyaml error: nothing a fast reader should accept.
        case unsupported
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    // Read and written on every event by one thread: unchecked, the exclusivity checks of class
    // properties cost more than libyaml's own work on a small event.
    @exclusivity(unchecked) private var holdsEvent = false
    @exclusivity(unchecked) private var failed = false

    /// The current event's kind.
    @exclusivity(unchecked) public private(set) var kind: Kind = .unsupported

    /// Runs `body` with a cursor over `bytes`; nil when the input fails the checks the full parser
    /// makes before parsing, or when libyaml cannot start.
    public static func withEvents<R>(of bytes: [UInt8], limits: YAMLLimits = .default, _ body: (YAMLEventCursor) -> R?) -> R? {
        guard YAMLInputCheck.problem(in: bytes, file: "", limits: limits, checkSize: true) == nil else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> R? in
            guard let cursor = YAMLEventCursor(buffer) else { return nil }
            return body(cursor)
        }
    }

    private init?(_ buffer: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            event.deallocate()
            return nil
        }
        yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// Moves to the next event and returns its kind; `.unsupported` for good after an error.
    @discardableResult
    public func next() -> Kind {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard !failed, yaml_parser_parse(parser, event) != 0 else {
            failed = true
            kind = .unsupported
            return kind
        }
        holdsEvent = true
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            kind = data.anchor == nil && data.tag == nil ? .mappingStart : .unsupported
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            kind = data.anchor == nil && data.tag == nil ? .sequenceStart : .unsupported
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            kind = data.anchor == nil && data.tag == nil ? .scalar : .unsupported
        default: kind = .unsupported
        }
        return kind
    }

    /// The current scalar's bytes, valid until the next move (empty for other events).
    public var bytes: UnsafeBufferPointer<UInt8> {
        guard kind == .scalar else { return UnsafeBufferPointer(start: nil, count: 0) }
        let data = event.pointee.data.scalar
        return UnsafeBufferPointer(start: data.value, count: data.length)
    }

    /// The current scalar's text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// True when the current scalar is plain (unquoted, not a block).
    public var isPlain: Bool { kind == .scalar && event.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }

    /// True for a plain scalar that YAML 1.2's core schema reads as null (as `YAMLScalar.isNull`).
    public var isNull: Bool { isPlain && YAMLScalar.spellsNull(bytes) }

    /// The current scalar's bytes equal `text`'s.
    public func equals(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes.elementsEqual($0) }
    }

    /// Where the current event starts and ends: 0-based line and column, as libyaml counts them.
    public var startMark: (line: Int, column: Int) { (event.pointee.start_mark.line, event.pointee.start_mark.column) }
    public var endMark: (line: Int, column: Int) { (event.pointee.end_mark.line, event.pointee.end_mark.column) }
}
