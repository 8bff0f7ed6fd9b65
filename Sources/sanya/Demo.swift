import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import SanyaDemo
import SanyaModel
import SanyaRuntime
import SanyaSQL

extension DemoSize: ExpressibleByArgument {}

extension Sanya {
    /// `sanya demo`: create the synthetic registrar.
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a synthetic registrar database: SQLite, and optionally a copy in PostgreSQL.",
            discussion: "Names, ids, terms, grades and GPA are realistic and deterministic from --seed. Sizes: tiny (tests), small, large (benchmarks: about 30,000 students and 1,000,000 enrolments)."
        )

        @Option(name: .long, help: "tiny, small or large.")
        var size: DemoSize = .small

        @Option(name: .long, help: "The seed; the same seed gives the same registrar.")
        var seed: UInt64 = 2569

        @Option(name: [.short, .long], help: "The SQLite file to create (replaced if it exists).")
        var output: String = "var/registrar.sqlite"

        @Option(name: .long, help: "Also load the data into this PostgreSQL database (its tables are created; it must not have them yet).")
        var postgres: String?

        @OptionGroup var runtime: RuntimeOptions

        func run() async throws {
            let generated = try runtime.generatedURL()
            let started = Date()
            try Self.create(at: output, size: size, seed: seed, generated: generated)
            print("Created \(output) (\(size.rawValue), seed \(seed)) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
            if let postgres {
                try await Self.copyToPostgres(sqlite: output, url: postgres, generated: generated)
                print("Loaded the same data into \(PostgresRegistrar.redact(postgres)).")
            }
        }

        static func create(at path: String, size: DemoSize, seed: UInt64, generated: URL) throws {
            let schema = try Self.schema(generated, "sqlite")
            try DemoDatabase.createSQLite(at: path, schema: schema, size: size, seed: seed, secret: APIKey.randomString(length: 32))
        }

        /// The catalog's tables in a dialect, from `Generated/`; a clear refusal when it is not there (run outside a
        /// repository, or before `sanya build`).
        static func schema(_ generated: URL, _ dialect: String) throws -> String {
            let file = generated.appendingPathComponent("sql/\(dialect)/schema.sql")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                throw ValidationError("no \(file.path): run sanya demo inside a Sanya repository (the folder holding Contracts/ and Generated/), after 'sanya build', or give --generated")
            }
            return text
        }

        static func copyToPostgres(sqlite: String, url: String, generated: URL) async throws {
            let logger = Logger(label: "sanya.demo")
            guard let configuration = PostgresURL(url)?.connection else { throw ValidationError("--postgres must be a postgres:// URL") }
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            do {
                let schema = try Self.schema(generated, "postgres")
                for statement in SQLScript.statements(schema) {
                    _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).get()
                }
                try await DemoDatabase.copy(sqlite: sqlite, to: connection, logger: logger)
                _ = try await connection.query("ANALYZE", logger: logger).get()
                try await connection.close()
            } catch let error as PSQLError {
                try? await connection.close()
                printError("error: loading PostgreSQL failed: \(error.serverInfo?[.message] ?? String(reflecting: error))\n")
                throw ExitCode(1)
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }
}

