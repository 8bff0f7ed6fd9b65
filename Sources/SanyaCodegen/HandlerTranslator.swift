import SanyaModel
import SanyaSQL

/// Builds the runtime's definition of a contract: everything it needs to serve or export it.
public enum HandlerTranslator {
    /// - Parameter withQueries: false for the definition as the OpenAPI document publishes it (what the
    ///   runtime enforces of each parameter and field), without the SQL.
    public static func definition(for contract: Contract, withQueries: Bool = true) -> HandlerDefinition {
        let translator = QueryTranslator(contract)
        var queries: [DialectName: QuerySet] = [:]
        for name in DialectName.allCases where withQueries {
            queries[name] = translator.querySet(in: Dialects.dialect(name))
        }
        let method = contract.delivery.method
        return HandlerDefinition(
            contract: contract.id,
            version: contract.version,
            title: contract.title,
            unit: contract.request.unit,
            project: contract.request.project,
            purpose: contract.request.purpose,
            status: contract.status,
            method: method,
            route: "/api/\(contract.id)",
            httpMethod: method == .apiGet ? "GET" : method == .apiPost ? "POST" : nil,
            formats: contract.delivery.formats,
            allow: contract.delivery.allow,
            rowLimit: contract.delivery.rowLimit,
            rateLimit: contract.delivery.rateLimit,
            approvedOn: contract.workflow.step(.approved)?.on,
            validUntil: contract.workflow.validUntil,
            sensitivity: contract.sensitivity,
            legalBasis: contract.protection.legalBasis,
            parameters: contract.query.parameters.map { parameter in
                InputParameter(name: parameter.name, kind: parameter.type.kind, maxLength: parameter.type.length,
                               required: parameter.required, list: parameter.list, maxItems: parameter.maxItems,
                               comparison: parameter.op, column: parameter.column.path, description: parameter.description)
            },
            fields: contract.query.fields.map { field in
                OutputField(name: field.name, kind: field.type.kind, scale: field.scale,
                            nullable: field.nullable, sensitivity: field.sensitivity, mask: field.mask, description: field.description,
                            codes: field.codes)
            },
            queries: queries,
            substance: ContractSubstance(contract),
            approvals: contract.workflow.signedSteps,
            timeLimits: contract.delivery.timeLimits,
            reads: contract.sourceColumns
        )
    }
}
