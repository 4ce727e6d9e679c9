import AperturaSource
import Foundation

/// The running program's own file, with links resolved, whatever name it was called by. `argv[0]` is only the
/// name typed: a bare `apertura` found through `PATH`, read against the current folder, leads nowhere, and the
/// bundle beside the installed binary would not be found.
enum ExecutablePath {
    static func current() -> String? {
        #if os(Linux)
        if let path = SystemPath.realPath("/proc/self/exe") { return path }
        #endif
        if let path = Bundle.main.executablePath { return URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }
}
