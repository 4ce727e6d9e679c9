/// Items by key, keeping the first item of each key: the same answer as `items.first(where: { key($0) == k })`
/// (duplicate ids are reported elsewhere), found in constant time. `RuleSet.indicator(_:)` and `rule(_:)` scan
/// the list, so looking up every rule's indicator that way took quadratic time on a large rule set.
func firstByID<Key: Hashable, Item>(_ items: [Item], _ key: (Item) -> Key) -> [Key: Item] {
    Dictionary(items.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
}
