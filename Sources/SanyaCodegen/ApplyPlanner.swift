import SanyaModel
import SanyaSQL

/// The SQL that brings a PostgreSQL database in line with the View Table contracts: in force ones get
/// their view, role and grants (recreated, so that applying twice changes nothing); revoked, expired and
/// draft ones lose view and role.
public struct ApplyPlanner: Sendable {
    public let contracts: [Contract]
    public let today: LocalDate

    public init(contracts: [Contract], today: LocalDate) {
        self.contracts = contracts.filter { $0.delivery.method == .view }.sorted { $0.id < $1.id }
        self.today = today
    }

    /// The statements, to run in one transaction.
    public func statements() -> [String] {
        let dialect = PostgresDialect()
        var sql = [
            "CREATE SCHEMA IF NOT EXISTS \(dialect.quote("sanya"))",
            "REVOKE ALL ON SCHEMA \(dialect.quote("sanya")) FROM PUBLIC",
        ]
        for contract in contracts {
            let access = AccessTranslator(contract)
            let role = dialect.quote(access.role)
            let literalRole = dialect.literal(.string(access.role))
            let view = dialect.viewName(contract.sqlName)
            sql.append("DROP VIEW IF EXISTS \(view)")
            if contract.isInForce(on: today) {
                let select = QueryTranslator(contract).select(parameters: false, ordered: false)
                sql.append("CREATE VIEW \(view) WITH (security_barrier = true) AS\n" + select.sql(in: dialect).sql)
                sql.append("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(literalRole)) THEN CREATE ROLE \(role) NOLOGIN; END IF; END $$")
                sql.append("GRANT USAGE ON SCHEMA \(dialect.quote("sanya")) TO \(role)")
                sql.append("GRANT SELECT ON \(view) TO \(role)")
            } else {
                sql.append("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = \(literalRole)) THEN REVOKE ALL ON SCHEMA \(dialect.quote("sanya")) FROM \(role); DROP ROLE \(role); END IF; END $$")
            }
        }
        return sql
    }
}
