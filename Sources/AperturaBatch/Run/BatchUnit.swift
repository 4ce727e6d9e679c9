import AperturaYAML

/// A piece of work for one worker: a whole (small) YAML file, a document already split off a stream or
/// built from a CSV row, or a failure found while reading (which goes straight to the output).
enum BatchUnit: Sendable {
    case file(String)
    case document(YAMLDocument)
    case failure(BatchFailure)
}
