internal import CLibYAML

/// The benchmark's baseline: libyaml's event parser alone, building nothing, so the cost the
/// tree builder adds on top of parsing can be measured.
public enum PlainYAMLParse {
    /// Parses `bytes` with libyaml and returns how many events it produced (up to the first error).
    public static func countEvents(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        guard yaml_parser_initialize(&parser) != 0 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Int in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var count = 0
            while yaml_parser_parse(&parser, &event) != 0 {
                count += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { break }
            }
            return count
        }
    }
}
