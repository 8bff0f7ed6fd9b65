import SanyaModel
import SanyaSQL

extension QueryTranslator {
    /// The bind of the data subject's key in a subject query.
    public static let subjectBind = "$subject"

    /// How many of the contract's rows concern one person (PDPA s.30, `sanya subject`): the contract's joins
    /// and fixed filters, no client parameter (a person is included if some request could return them), no
    /// grouping (a person counted in an aggregate is counted here), and the base table's link to the person
    /// equal to `$subject`.
    ///
    /// - Parameters:
    ///   - keyColumn: the column of the base table that holds the person's key.
    ///   - keyType: its type, for the bind.
    public func subjectQuery(keyColumn: String, keyType: ColumnType, in dialect: any SQLDialect) -> DialectQuery {
        var select = self.select(parameters: false, ordered: false)
        select.columns = [SQLSelect.Column(.aggregate(.count, nil), as: "rows")]
        select.groupBy = []
        select.having = []
        let base = contract.query.source(of: contract.query.baseTable)
        select.whereClause.append(.comparison(.column(table: Vocabulary.baseAlias, name: base.column(keyColumn)), .equal,
                                              .bind(parameter: Self.subjectBind, type: keyType)))
        select.multiline = false
        let (sql, binds) = select.sql(in: dialect)
        return DialectQuery(sql: sql, binds: binds)
    }
}
