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
        }
    }
}
