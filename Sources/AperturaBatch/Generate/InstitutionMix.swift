import AperturaModel

/// The mix of institutions in a synthetic population, as counts to draw from.
///
/// Computed once from `../shared/data/mga2017/mga2017_sujetos_obligados.csv` (649 institutions of the
/// Métrica de Gobierno Abierto 2017, columns `niv`, `ts` and `edo`); the data itself stays in shared/.
enum InstitutionMix {
    /// (order, kind, institutions in the Métrica sample).
    static let orderAndKind: [(GovernmentOrder, InstitutionKind, Int)] = [
        (.estatal, .autonomo, 23), (.estatal, .ejecutivoEstatal, 205), (.estatal, .fideicomiso, 51),
        (.estatal, .judicial, 22), (.estatal, .legislativo, 49), (.estatal, .partido, 73),
        (.estatal, .sindicato, 44), (.estatal, .universidad, 40),
        (.federal, .autonomo, 4), (.federal, .descentralizado, 3), (.federal, .ejecutivoFederal, 7),
        (.federal, .fideicomiso, 2), (.federal, .judicial, 3), (.federal, .legislativo, 3), (.federal, .partido, 7),
        (.federal, .sindicato, 2), (.federal, .universidad, 3),
        (.municipal, .municipio, 108),
    ]

    /// (state slug, state-level and municipal institutions in the Métrica sample).
    static let states: [(String, Int)] = [
        ("aguascalientes", 17), ("baja_california", 20), ("baja_california_sur", 20), ("campeche", 17), ("chiapas", 18),
        ("chihuahua", 20), ("ciudad_de_mexico", 19), ("coahuila", 22), ("colima", 17), ("durango", 26), ("guanajuato", 17),
        ("guerrero", 16), ("hidalgo", 20), ("jalisco", 19), ("mexico", 20), ("michoacan", 16), ("morelos", 19),
        ("nayarit", 17), ("nuevo_leon", 19), ("oaxaca", 20), ("puebla", 22), ("queretaro", 21), ("quintana_roo", 20),
        ("san_luis_potosi", 21), ("sinaloa", 20), ("sonora", 19), ("tabasco", 16), ("tamaulipas", 22), ("tlaxcala", 18),
        ("veracruz", 20), ("yucatan", 15), ("zacatecas", 22),
    ]
}
