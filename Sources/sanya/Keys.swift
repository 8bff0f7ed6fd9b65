import ArgumentParser
import Foundation
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya keys`: API keys of the contracts.
    struct Keys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue, list and revoke the API keys of contracts.",
            subcommands: [Issue.self, List.self, Revoke.self]
        )

        struct Issue: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Issue a key for a contract; the key is shown once and stored only as a hash.")

            @OptionGroup var runtime: RuntimeOptions

            @Argument(help: "The contract id.")
            var contract: String

            @Option(name: .long, help: "Who the key is for (the receiving unit, a system).")
            var label: String = ""

            func run() async throws {
                guard let definition = try runtime.definition(contract), definition.method.isServed else {
                    throw ValidationError("no served contract '\(contract)' in Generated/handlers/")
                }
                let key = APIKey.generate()
                let label = self.label
                try await runtime.withState { store in
                    try await store.insertKey(StoredKey(id: key.id, contract: definition.contract, label: label, hash: key.hash,
                                                        createdAt: Date(), revokedAt: nil, lastUsedAt: nil))
                }
                print(key.text)
                printError("Key \(key.id) issued for \(definition.contract). It is shown only now: give it to \(label.isEmpty ? "the receiving unit" : label) over a safe channel.\n")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List keys (never the keys themselves): id, contract, label, issued, last used, revoked.")

            @OptionGroup var runtime: RuntimeOptions

            @Argument(help: "Only the keys of this contract.")
            var contract: String?

            func run() async throws {
                let contract = self.contract
                let keys = try await runtime.withState { try await $0.keys(contract: contract) }
                let formatter = ISO8601DateFormatter()
                formatter.timeZone = TimeZone(identifier: Vocabulary.timeZone)
                print(["key", "contract", "label", "issued", "last used", "revoked"].joined(separator: "\t"))
                for key in keys {
                    print([key.id, key.contract, key.label.isEmpty ? "-" : key.label, formatter.string(from: key.createdAt),
                           key.lastUsedAt.map(formatter.string) ?? "-", key.revokedAt.map(formatter.string) ?? "-"].joined(separator: "\t"))
                }
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Revoke a key; requests with it are refused within seconds.")

            @OptionGroup var runtime: RuntimeOptions

            @Argument(help: "The key id, as 'keys list' shows it, or the whole key.")
            var key: String

            func run() async throws {
                let id = APIKey.parse(key)?.id ?? key
                let revoked = try await runtime.withState { try await $0.revokeKey(id: id, at: Date()) }
                guard revoked else { throw ValidationError("no key '\(id)' to revoke (unknown or already revoked)") }
                print("Key \(id) revoked.")
            }
        }
    }
}
