import AperturaExpressions
import Foundation

/// `apertura-bench expressions`: compile time and evaluation throughput of CEL expressions
/// typical of rule files, over realistic self-assessment activations.
enum ExpressionsBenchmark {
    static let institutionType = CELObjectType(
        name: "institution",
        fields: [("id", .string), ("name", .string), ("kind", .string), ("order", .string), ("state", .string), ("population", .int)])
    static let compromisoType = CELObjectType(
        name: "agenda.compromiso",
        fields: [
            ("titulo", .string), ("especifico", .bool), ("medible", .bool), ("atribuible", .bool),
            ("temporal", .bool), ("relevante", .bool),
        ])
    static let mecanismoType = CELObjectType(
        name: "participacion.mecanismo",
        fields: [("nombre", .string), ("activo", .bool), ("sesiones", .int), ("actas", .list(.string)), ("instalado", .timestamp)])
    static let comiteType = CELObjectType(
        name: "comite",
        fields: [("instalado", .bool), ("acta", .string), ("integrantes", .int), ("sectores", .list(.string)), ("fecha", .timestamp)])
    static let agendaType = CELObjectType(
        name: "agenda", fields: [("compromisos", .list(.object(compromisoType))), ("publicada", .bool), ("avance", .double)])
    static let participacionType = CELObjectType(
        name: "participacion", fields: [("mecanismos", .list(.object(mecanismoType))), ("consultas", .int)])
    static let indicatorsType = CELObjectType(
        name: "indicators", fields: [("comite_instalado", .bool), ("calidad_compromisos", .double), ("cumplimiento", .double)])

    static func declarations() -> CELDeclarations {
        var d = CELDeclarations()
        d.declare("institution", .object(institutionType))
        d.declare("comite", .object(comiteType))
        d.declare("agenda", .object(agendaType))
        d.declare("participacion", .object(participacionType))
        d.declare("indicators", .object(indicatorsType))
        return d
    }

    static func activation() -> CELActivation {
        let institution = CELObject(
            type: institutionType,
            values: [
                "id": .string("mun-guadalajara"), "name": .string("Municipio de Guadalajara"), "kind": .string("municipio"),
                "order": .string("municipal"), "state": .string("jalisco"), "population": .int(1_385_629),
            ])
        let comite = CELObject(
            type: comiteType,
            values: [
                "instalado": .bool(true), "acta": .string("https://example.org/acta.pdf"), "integrantes": .int(9),
                "sectores": .list([.string("gobierno"), .string("sociedad_civil"), .string("academia")]),
                "fecha": .timestamp(CELTimestamp(rfc3339: "2025-03-10T00:00:00Z")!),
            ])
        let compromisos: [CELValue] = (0..<12).map { i in
            .object(
                CELObject(
                    type: compromisoType,
                    values: [
                        "titulo": .string("Compromiso \(i)"), "especifico": .bool(true), "medible": .bool(i % 3 != 0),
                        "atribuible": .bool(true), "temporal": .bool(i % 4 != 1), "relevante": .bool(true),
                    ]))
        }
        let agenda = CELObject(
            type: agendaType, values: ["compromisos": .list(compromisos), "publicada": .bool(true), "avance": .double(0.62)])
        let mecanismos: [CELValue] = (0..<20).map { i in
            .object(
                CELObject(
                    type: mecanismoType,
                    values: [
                        "nombre": .string("Mecanismo \(i)"), "activo": .bool(true), "sesiones": .int(Int64(4 + i % 5)),
                        "actas": .list([.string("acta-\(i)-1"), .string("acta-\(i)-2")]),
                        "instalado": .timestamp(CELTimestamp(rfc3339: "2024-0\(1 + i % 9)-15T00:00:00Z")!),
                    ]))
        }
        let participacion = CELObject(type: participacionType, values: ["mecanismos": .list(mecanismos), "consultas": .int(3)])
        let indicators = CELObject(
            type: indicatorsType,
            values: ["comite_instalado": .bool(true), "calidad_compromisos": .double(0.58), "cumplimiento": .double(0.71)])
        return CELActivation(slots: [.object(institution), .object(comite), .object(agenda), .object(participacion), .object(indicators)])
    }

    static let featured: [String] = [
        "comite.instalado && size(comite.acta) > 0",
        "double(agenda.compromisos.filter(c, c.especifico && c.medible && c.atribuible && c.temporal && c.relevante).size()) / double(size(agenda.compromisos))",
        "institution.population >= 70000 && institution.kind == \"municipio\"",
        "participacion.mecanismos.all(m, m.activo && m.sesiones >= 4 && size(m.actas) > 0)",
        "comite.fecha < timestamp('2025-06-30T00:00:00Z') && comite.fecha.getFullYear() == 2025",
    ]

    /// About fifty expressions of the shapes rule files use, for the set compile figure.
    static let set: [String] = featured + [
        "has(comite.acta)", "comite.integrantes >= 5", "comite.integrantes >= 5 && comite.instalado",
        "'sociedad_civil' in comite.sectores", "size(comite.sectores) >= 3",
        "comite.sectores.exists(s, s == 'academia')", "agenda.publicada", "agenda.avance >= 0.5",
        "agenda.avance * 100.0", "size(agenda.compromisos)", "agenda.compromisos.exists(c, !c.medible)",
        "agenda.compromisos.all(c, c.relevante)", "agenda.compromisos.exists_one(c, c.titulo == 'Compromiso 3')",
        "agenda.compromisos.map(c, c.titulo).size() == 12", "agenda.compromisos.filter(c, c.temporal).size() > 6",
        "double(agenda.compromisos.filter(c, c.medible).size()) / double(size(agenda.compromisos)) >= 0.6",
        "institution.order == 'municipal'", "institution.state in ['jalisco', 'nuevo_leon', 'mexico']",
        "institution.kind != 'partido'", "institution.population < 70000 ? 0.5 : 0.8",
        "institution.name.startsWith('Municipio')", "institution.name.contains('Guadalajara')",
        "institution.id.matches('^mun-[a-z]+$')", "institution.population / 1000", "double(institution.population) / 1000.0",
        "indicators.comite_instalado", "indicators.calidad_compromisos >= 0.5",
        "indicators.cumplimiento > indicators.calidad_compromisos", "(indicators.cumplimiento + indicators.calidad_compromisos) / 2.0",
        "participacion.consultas >= 2", "participacion.mecanismos.exists(m, m.sesiones > 7)",
        "participacion.mecanismos.filter(m, m.activo).size() >= 10",
        "participacion.mecanismos.map(m, m.sesiones).all(s, s >= 1)",
        "participacion.mecanismos.all(m, m.instalado > timestamp('2023-01-01T00:00:00Z'))",
        "participacion.mecanismos.exists(m, m.instalado.getMonth() == 0)",
        "size(participacion.mecanismos.filter(m, size(m.actas) >= 2)) == size(participacion.mecanismos)",
        "comite.fecha + duration('8760h') > timestamp('2026-01-01T00:00:00Z')",
        "string(institution.population) + ' habitantes'", "int(agenda.avance * 100.0) >= 60",
        "agenda.compromisos.all(c, c.especifico) || agenda.avance > 0.9",
        "!(institution.kind in ['partido', 'sindicato'])",
        "{'municipio': 0.8, 'autonomo': 0.6}[institution.kind] <= indicators.cumplimiento",
        "comite.instalado && has(comite.fecha) && comite.fecha.getDayOfWeek() >= 1",
        "[comite.instalado, agenda.publicada, participacion.consultas > 0].all(b, b)",
        "participacion.mecanismos.map(m, m.sesiones).exists(s, s == 8)",
    ]

    static func run(arguments: [String]) {
        let declarations = declarations()
        let activation = activation()
        let clock = ContinuousClock()
        print("CEL expressions benchmark (\(featured.count) featured, \(set.count) in the compile set)")
        for source in featured {
            let compileRuns = 2_000
            var program: CELProgram?
            let compileTime = clock.measure {
                for _ in 0..<compileRuns {
                    program = try? CELProgram.compile(source, declarations: declarations)
                }
            }
            guard let program else {
                print("  cannot compile: \(source)")
                continue
            }
            guard case .success(let value) = program.evaluate(activation) else {
                print("  evaluation failed: \(source)")
                continue
            }
            var evaluations = 0
            let start = clock.now
            var elapsed = Duration.zero
            while elapsed < .milliseconds(500) {
                for _ in 0..<1_000 { _ = program.evaluate(activation) }
                evaluations += 1_000
                elapsed = clock.now - start
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let compileMicros = microseconds(compileTime) / Double(compileRuns)
            print("  \(source)")
            print(
                "    = \(value)  compile \(format(compileMicros)) µs, "
                    + "\(format(Double(evaluations) / seconds, digits: 0)) evaluations/s")
        }
        var compiled = 0
        let setRuns = 200
        let setTime = clock.measure {
            for _ in 0..<setRuns {
                for source in set where (try? CELProgram.compile(source, declarations: declarations)) != nil {
                    compiled += 1
                }
            }
        }
        let failures = set.filter { source in
            guard let p = try? CELProgram.compile(source, declarations: declarations) else { return true }
            if case .failure = p.evaluate(activation) { return true }
            return false
        }
        print(
            "set of \(set.count) expressions: compiled in \(format(microseconds(setTime) / Double(setRuns))) µs "
                + "(\(format(microseconds(setTime) / Double(setRuns * set.count))) µs each); \(failures.count) failed")
        for f in failures { print("  failed: \(f)") }
    }

    private static func microseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
    }

    private static func format(_ v: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", v)
    }
}
