@testable import AperturaEngine
import Testing

/// Where the bundled rules are looked for: the environment, the current folder, then the executable's ancestors,
/// each as a `swift build` tree or as an installed prefix (`bin/apertura` beside `share/apertura`).
struct BundleHomeTests {
    func locate(env: String? = nil, cwd: String = "/home/ana/trabajo", exe: String?, bundles: Set<String>) -> String {
        BundleHome.locate(environment: env, currentDirectory: cwd, executable: exe) { bundles.contains($0) }
    }

    @Test func anInstalledCopyFindsItsShareFolder() {
        #expect(locate(exe: "/usr/local/bin/apertura", bundles: ["/usr/local/share/apertura"]) == "/usr/local/share/apertura")
        #expect(locate(exe: "/home/ana/.local/bin/apertura", bundles: ["/home/ana/.local/share/apertura"])
                == "/home/ana/.local/share/apertura")
    }

    @Test func aBuildTreeFindsThePackageAboveIt() {
        #expect(locate(exe: "/work/main/.build/x86_64-unknown-linux-gnu/debug/apertura", bundles: ["/work/main"]) == "/work/main")
    }

    @Test func theEnvironmentComesFirstThenTheCurrentFolder() {
        let bundles: Set<String> = ["/home/ana/trabajo", "/usr/local/share/apertura", "/srv/reglas"]
        #expect(locate(env: "/srv/reglas", exe: "/usr/local/bin/apertura", bundles: bundles) == "/srv/reglas")
        #expect(locate(env: "", exe: "/usr/local/bin/apertura", bundles: bundles) == "/home/ana/trabajo")
    }

    @Test func theNearestAncestorWins() {
        // A checkout inside a prefix that also has an installed bundle: the checkout is nearer.
        let bundles: Set<String> = ["/opt/src/apertura", "/opt/share/apertura"]
        #expect(locate(exe: "/opt/src/apertura/.build/release/apertura", bundles: bundles) == "/opt/src/apertura")
    }

    @Test func withNoBundleTheCurrentFolderIsKept() {
        #expect(locate(exe: "/usr/bin/apertura", bundles: []) == "/home/ana/trabajo")
        #expect(locate(exe: nil, bundles: ["/home/share/apertura"]) == "/home/share/apertura")
        #expect(locate(exe: "/apertura", bundles: ["/share/apertura"]) == "/share/apertura")
    }

    @Test func parentsClimbToTheRoot() {
        #expect(BundleHome.parent(of: "/usr/local/bin") == "/usr/local")
        #expect(BundleHome.parent(of: "/usr") == "/")
        #expect(BundleHome.parent(of: "/") == nil)
    }
}
