/// The 32 federal entities, by ASCII slug, with their names as written.
public enum MexicanState {
    public static let all: [(id: String, name: String)] = [
        ("aguascalientes", "Aguascalientes"), ("baja_california", "Baja California"),
        ("baja_california_sur", "Baja California Sur"), ("campeche", "Campeche"), ("chiapas", "Chiapas"),
        ("chihuahua", "Chihuahua"), ("ciudad_de_mexico", "Ciudad de México"), ("coahuila", "Coahuila"),
        ("colima", "Colima"), ("durango", "Durango"), ("guanajuato", "Guanajuato"), ("guerrero", "Guerrero"),
        ("hidalgo", "Hidalgo"), ("jalisco", "Jalisco"), ("mexico", "Estado de México"),
        ("michoacan", "Michoacán"), ("morelos", "Morelos"), ("nayarit", "Nayarit"),
        ("nuevo_leon", "Nuevo León"), ("oaxaca", "Oaxaca"), ("puebla", "Puebla"),
        ("queretaro", "Querétaro"), ("quintana_roo", "Quintana Roo"), ("san_luis_potosi", "San Luis Potosí"),
        ("sinaloa", "Sinaloa"), ("sonora", "Sonora"), ("tabasco", "Tabasco"), ("tamaulipas", "Tamaulipas"),
        ("tlaxcala", "Tlaxcala"), ("veracruz", "Veracruz"), ("yucatan", "Yucatán"), ("zacatecas", "Zacatecas"),
    ]

    public static let ids: [String] = all.map(\.id)

    public static func name(of id: String) -> String? {
        all.first(where: { $0.id == id })?.name
    }

    /// The slug for a name written in any common way ("Nuevo Leon", "Nuevo León", "nuevo_leon"): the full
    /// constitutional names, the usual abbreviations of Mexico State and Mexico City, the former names, and the
    /// abbreviations of every entity ("N.L.", "Q. Roo", "S.L.P.", "Tamps.").
    public static func id(forName name: String) -> String? {
        let slug = slugify(name)
        if ids.contains(slug) { return slug }
        return aliases[slug] ?? abbreviations[slug] ?? abbreviations[slug.filter { $0 != "_" }]
    }

    /// The abbreviations INEGI's catalogue of federal entities gives (and their forms with or without points, "N.L." and
    /// "NL"), none of which stands for two entities: keyed by their slug without `_` ("n_l" is looked up as "nl").
    private static let abbreviations: [String: String] = [
        "ags": "aguascalientes", "bc": "baja_california", "bcs": "baja_california_sur", "camp": "campeche",
        "coah": "coahuila", "col": "colima", "chis": "chiapas", "chih": "chihuahua", "dgo": "durango",
        "gto": "guanajuato", "gro": "guerrero", "hgo": "hidalgo", "jal": "jalisco", "mex": "mexico", "edomex": "mexico",
        "mich": "michoacan", "mor": "morelos", "nay": "nayarit", "nl": "nuevo_leon", "oax": "oaxaca", "pue": "puebla",
        "qro": "queretaro", "qroo": "quintana_roo", "slp": "san_luis_potosi", "sin": "sinaloa", "son": "sonora",
        "tab": "tabasco", "tamps": "tamaulipas", "tlax": "tlaxcala", "ver": "veracruz", "yuc": "yucatan", "zac": "zacatecas",
    ]

    private static let aliases = [
        "estado_de_mexico": "mexico", "edo_de_mexico": "mexico", "edo_mex": "mexico", "edomex": "mexico",
        "nuevoleon": "nuevo_leon", "cdmx": "ciudad_de_mexico", "distrito_federal": "ciudad_de_mexico", "df": "ciudad_de_mexico", "d_f": "ciudad_de_mexico",
        "coahuila_de_zaragoza": "coahuila", "michoacan_de_ocampo": "michoacan", "queretaro_de_arteaga": "queretaro",
        "veracruz_de_ignacio_de_la_llave": "veracruz",
    ]

    /// Lower-case ASCII with `_` between words: accents dropped, other marks removed.
    public static func slugify(_ text: String) -> String {
        var out = ""
        var pendingSeparator = false
        for ch in text.lowercased() {
            let c = ch == "ñ" ? "n" : SpanishFolding.fold(ch)
            if c.isASCII && (c.isLetter || c.isNumber) {
                if pendingSeparator && !out.isEmpty { out.append("_") }
                out.append(c)
                pendingSeparator = false
            } else {
                pendingSeparator = true
            }
        }
        return out
    }
}
