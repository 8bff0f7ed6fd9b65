import HTTPTypes
import Hummingbird
import SanyaModel

/// Lets a request reach a contract only through the documented checks, in their order: the contract is
/// served (404), the client's address is on its allow-list (403), the key is one of its keys (401), its
/// approval has not ended (410), the method is its method (405), its rate limit allows (429).
struct AccessGate: RouterMiddleware {
    typealias Context = SanyaRequestContext

    let registry: ContractRegistry
    let keys: KeyVerifier
    let limiter: any RateLimiting
    let hosts: HostDirectory
    let today: @Sendable () -> LocalDate

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let outcome = context.outcome else { throw SanyaError(.internalServerError, "INTERNAL", "the access gate runs inside the audit") }
        outcome.client = context.client
        guard let definition = registry.contracts.definitions[outcome.contract], definition.method.isServed,
              definition.status == .approved else {
            throw SanyaError.notFound("no contract '\(outcome.contract)' is being served")
        }
        outcome.unit = definition.unit
        guard definition.allows(outcome.client, hosts: hosts) else { throw SanyaError.forbidden }
        outcome.keyID = try await keys.verify(authorization: request.headers[.authorization], contract: definition.contract)
        if let until = definition.validUntil, until < today() {
            throw SanyaError(.gone, "EXPIRED", "the approval of '\(definition.contract)' ended on \(until) (\(until.thai)); ask the registrar to renew it")
        }
        guard request.method.rawValue == definition.httpMethod else {
            throw SanyaError(.methodNotAllowed, "METHOD_NOT_ALLOWED", "'\(definition.contract)' is served with \(definition.httpMethod ?? "-")",
                             headers: [.allow: definition.httpMethod ?? ""])
        }
        let wait: Int?
        do {
            wait = try await limiter.admit(definition.contract, limit: definition.rateLimit)
        } catch {
            throw SanyaError(.serviceUnavailable, "UNAVAILABLE", "the rate limit of '\(definition.contract)' cannot be checked now; try again shortly")
        }
        if let wait {
            throw SanyaError(.tooManyRequests, "RATE_LIMITED", "over the limit of \(definition.rateLimit!.description) for this contract; retry in \(wait) s",
                             headers: [.retryAfter: String(wait)])
        }
        var context = context
        context.contract = definition
        return try await next(request, context)
    }
}
