import ArgumentParser
import Foundation
import CGlibcMalloc
import NIOCore
import NIOPosix

/// Runs a command's async `run()`; called through a generic so that the async requirement is chosen.
func runAsync<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}

// glibc gives each thread that allocates its own malloc arena, up to 8 per core, and each keeps its freed
// memory: with the server's event-loop, reader and task threads that cost about 5 MiB of peak RSS for
// nothing measurable in speed (Benchmarks/README.md). Two arenas are plenty for two cores' worth of work.
_ = sanya_limit_malloc_arenas(2)

// Swift Concurrency's jobs run on NIO's event loops (one a core), where Hummingbird and PostgresNIO already do
// their I/O: without this every request hopped between those threads and libdispatch's pool, and thread
// switches were the largest single cost of a PostgreSQL page (Benchmarks/README.md). Called once, on the main
// thread, before any task is started, as NIO requires.
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

// ArgumentParser reports usage errors with EX_USAGE (64); Sanya's contract is 2, as compilers use.
do {
    var command = try Sanya.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch {
    let code = Sanya.exitCode(for: error)
    let message = Sanya.fullMessage(for: error)
    if !message.isEmpty {
        if code == .success {
            print(message)
        } else {
            printError(message + "\n")
        }
    }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
