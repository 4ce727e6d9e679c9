public import AperturaSource

/// Advice for a list used where a number goes (`consultas + 1`, an indicator whose value is a list field): what
/// was meant is almost always how many items it has, or the sum of one of their fields.
public enum ListAsNumberHelp {
    public static let text = LocalizedText(
        es: "una lista no es un número: cuente sus elementos con `size(lista)` o `lista.filter(x, cond).size()`, o sume un campo con `lista.map(x, x.campo).sum()`",
        en: "a list is not a number: count its items with `size(list)` or `list.filter(x, cond).size()`, or add up a field with `list.map(x, x.field).sum()`")
}
