import AperturaYAML

extension LoadContext {
    /// A list of entries with ids (indicators, rules, phases...). An entry that cannot be read but names
    /// its id is remembered as unread, so that references to it do not add "does not exist" errors (with
    /// a "did you mean" pointing at another entry) to the errors that already say what is wrong with it.
    func entries<T>(_ node: YAMLNode, kind: String, _ read: (YAMLNode) -> T?) -> [T]? {
        list(node) { item in
            if let value = read(item) { return value }
            if let id = item["id"]?.scalar?.value, !id.isEmpty { unreadIDs[kind, default: []].insert(id) } else { lostKinds.insert(kind) }
            return nil
        }
    }

    /// Whether an entry of `kind` with `id` was written but could not be read.
    func isUnread(_ id: String, kind: String) -> Bool {
        unreadIDs[kind]?.contains(id) == true
    }
}
