import AperturaReports
import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM: remove the temporary files of the outputs being written, then exit
/// with the conventional status (128 + the signal). The handlers run on a dispatch queue, not in
/// signal context, so they may take locks and free memory. A signal the parent set to be ignored (a
/// background job's SIGINT) stays ignored.
enum InterruptHandler {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            // Ignored from now on (the source below sees it all the same); if it was ignored before, leave it so.
            let previous = signal(signalNumber, SIG_IGN)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAllBeforeExit()
                Console.err(Console.argumentLanguage == .es ? "\napertura: interrumpido; se descartaron las salidas a medio escribir\n"
                                                            : "\napertura: interrupted; partly written outputs were discarded\n")
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
