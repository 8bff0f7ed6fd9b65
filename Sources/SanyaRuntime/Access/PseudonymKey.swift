import Crypto
import Foundation
import SanyaModel
import Synchronization

/// The key of `mask: hash` pseudonyms for the runtime's queries (`Vocabulary.pseudonymKeyBind`), kept in the
/// runtime's **state** database, so that the registrar's database is only read: a DBA who grants `SELECT`
/// grants all Sanya needs.
///
/// The first time it is needed it is taken from the state database; failing that, adopted from
/// `Vocabulary.secretTable` in the registrar database where an earlier Sanya kept it (so pseudonyms units
/// already hold stay the same); failing that, made: 256 random bits from the system's generator. Runtimes that
/// share a state database agree on one (`StateStore.keepSecret`). Never logged, never audited.
public final class PseudonymKey: Sendable {
    private let cached = Mutex<String?>(nil)

    public init() {}

    /// The key, from the cache after the first time.
    ///
    /// - Throws: when the state database cannot be reached.
    public func value(state: any StateStore, database: any RegistrarDatabase) async throws -> String {
        if let key = cached.withLock({ $0 }) { return key }
        let name = Vocabulary.pseudonymSecret
        let key: String
        if let kept = try await state.secret(name) {
            key = kept
        } else {
            let proposed = await Self.legacy(database) ?? Self.fresh()
            key = try await state.keepSecret(name, proposed)
        }
        cached.withLock { $0 = key }
        return key
    }

    /// The key an earlier Sanya kept in the registrar database, if the login may read it there.
    static func legacy(_ database: any RegistrarDatabase) async -> String? {
        let field = OutputField(name: "secret", kind: .string, scale: nil, nullable: true, sensitivity: .internal, mask: nil,
                                description: Bilingual(en: "", th: ""))
        let sql = "SELECT secret FROM \(Vocabulary.secretTable) WHERE name = '\(Vocabulary.pseudonymSecret)'"
        guard let rows = try? await database.rows(DialectQuery(sql: sql, binds: []), arguments: [:], fields: [field], budget: QueryBudget(milliseconds: 3_000)),
              case .text(let text)? = rows.first?.first, !text.isEmpty else { return nil }
        return text
    }

    static func fresh() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }

    /// `arguments` with the key added when one of `queries` needs it.
    public func arguments(_ arguments: [String: BoundArgument], for queries: [DialectQuery], state: any StateStore,
                          database: any RegistrarDatabase) async throws -> [String: BoundArgument] {
        guard queries.contains(where: { $0.binds.contains(Vocabulary.pseudonymKeyBind) }) else { return arguments }
        var bound = arguments
        bound[Vocabulary.pseudonymKeyBind] = .value(.string(try await value(state: state, database: database)))
        return bound
    }
}
