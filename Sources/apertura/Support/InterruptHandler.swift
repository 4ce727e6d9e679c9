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
                // Once the outputs are published, what is left to do is clearing away: they stand whole.
                let es = TemporaryFiles.published ? "interrumpido al terminar; las salidas ya estaban escritas completas"
                                                  : "interrumpido; se descartaron las salidas a medio escribir"
                let en = TemporaryFiles.published ? "interrupted as it finished; the outputs were already written whole"
                                                  : "interrupted; partly written outputs were discarded"
                Console.err("\napertura: " + (Console.argumentLanguage == .es ? es : en) + "\n")
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
