import SanyaModel

/// Data-definition and access-control statements.
public enum SQLStatement: SQLSerializable {
    case createSchema(String)
    case createTable(CatalogTable)
    case dropView(String)
    /// A view named by its already-qualified, quoted name.
    case createView(qualifiedName: String, select: SQLSelect, securityBarrier: Bool)
    case createRole(String)
    case grantUsageOnSchema(schema: String, role: String)
    case grantSelect(qualifiedName: String, role: String)
    case revokeAll(qualifiedName: String, role: String)
    case comment(String)
    /// `REVOKE ALL ON SCHEMA … FROM PUBLIC`: nobody reads a schema unless granted.
    case revokeSchemaFromPublic(String)
    /// Creates a role without login unless it exists (idempotent).
    case createRoleIfMissing(String)
    /// Ends the role's sessions, revokes its schema access and drops it, if it exists.
    case dropRoleIfExists(role: String, schema: String)
    /// Gives a role a login with a password verifier (e.g. `SCRAM-SHA-256$…`, never the password) that
    /// stops working at `validUntil` (a timestamp with time zone).
    case grantLogin(role: String, verifier: String, validUntil: String)
    /// Moves the end of a role's login.
    case loginValidUntil(role: String, validUntil: String)
    /// Takes a role's login and password away.
    case revokeLogin(String)
    /// Ends every session of a role now.
    case terminateSessions(String)
    /// How long each statement of a role's sessions may run (a View Table login's time limit), enforced by the server.
    case roleStatementTimeout(role: String, milliseconds: Int)
    /// Creates the pseudonym secret in `table` with a random value, unless it exists.
    case seedSecret(table: String, name: String)

    public func serialize(to s: inout SQLSerializer) {
        let d = s.dialect
        switch self {
        case .createSchema(let name):
            s.write("CREATE SCHEMA IF NOT EXISTS \(d.quote(name));")
        case .createTable(let table):
            s.write("CREATE TABLE \(d.quote(table.name)) (\n")
            var lines = table.columns.map { column in
                "  \(d.quote(column.name)) \(d.columnType(column.type))\(column.nullable ? "" : " NOT NULL")"
            }
            lines.append("  PRIMARY KEY (\(table.primaryKey.map(d.quote).joined(separator: ", ")))")
            for key in table.uniqueKeys {
                lines.append("  UNIQUE (\(key.map(d.quote).joined(separator: ", ")))")
            }
            for fk in table.foreignKeys {
                lines.append("  FOREIGN KEY (\(fk.columns.map(d.quote).joined(separator: ", "))) REFERENCES \(d.quote(fk.referencedTable)) (\(fk.referencedColumns.map(d.quote).joined(separator: ", ")))")
            }
            s.write(lines.joined(separator: ",\n") + "\n);")
        case .dropView(let name):
            s.write("DROP VIEW IF EXISTS \(name);")
        case .createView(let name, let select, let barrier):
            let replace = d.supportsCreateOrReplaceView ? "CREATE OR REPLACE VIEW" : "CREATE VIEW"
            let options = barrier && d.supportsSecurityBarrier ? " WITH (security_barrier = true)" : ""
            s.write("\(replace) \(name)\(options) AS\n")
            select.serialize(to: &s)
            s.write(";")
        case .createRole(let role):
            s.write("CREATE ROLE \(d.quote(role)) NOLOGIN;")
        case .grantUsageOnSchema(let schema, let role):
            s.write("GRANT USAGE ON SCHEMA \(d.quote(schema)) TO \(d.quote(role));")
        case .grantSelect(let name, let role):
            s.write("GRANT SELECT ON \(name) TO \(d.quote(role));")
        case .revokeAll(let name, let role):
            s.write("REVOKE ALL ON \(name) FROM \(d.quote(role));")
        case .comment(let text):
            s.write(text.split(separator: "\n", omittingEmptySubsequences: false).map { "-- " + $0 }.joined(separator: "\n"))
        case .revokeSchemaFromPublic(let schema):
            s.write("REVOKE ALL ON SCHEMA \(d.quote(schema)) FROM PUBLIC;")
        case .createRoleIfMissing(let role):
            s.write("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(d.stringLiteral(role))) THEN CREATE ROLE \(d.quote(role)) NOLOGIN; END IF; END $$;")
        case .dropRoleIfExists(let role, let schema):
            s.write("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = \(d.stringLiteral(role))) THEN "
                    + "PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(d.stringLiteral(role)); "
                    + "REVOKE ALL ON SCHEMA \(d.quote(schema)) FROM \(d.quote(role)); DROP ROLE \(d.quote(role)); END IF; END $$;")
        case .grantLogin(let role, let verifier, let until):
            s.write("ALTER ROLE \(d.quote(role)) WITH LOGIN PASSWORD \(d.stringLiteral(verifier)) VALID UNTIL \(d.stringLiteral(until));")
        case .loginValidUntil(let role, let until):
            s.write("ALTER ROLE \(d.quote(role)) VALID UNTIL \(d.stringLiteral(until));")
        case .revokeLogin(let role):
            s.write("ALTER ROLE \(d.quote(role)) WITH NOLOGIN PASSWORD NULL;")
        case .terminateSessions(let role):
            s.write("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(d.stringLiteral(role));")
        case .roleStatementTimeout(let role, let milliseconds):
            s.write("ALTER ROLE \(d.quote(role)) SET statement_timeout = \(milliseconds);")
        case .seedSecret(let table, let name):
            s.write("INSERT INTO \(d.quote(table)) (\(d.quote("name")), \(d.quote("secret"))) "
                    + "SELECT \(d.stringLiteral(name)), encode(sha256(gen_random_uuid()::text::bytea), 'hex') "
                    + "WHERE NOT EXISTS (SELECT FROM \(d.quote(table)) WHERE \(d.quote("name")) = \(d.stringLiteral(name)));")
        }
    }
}
