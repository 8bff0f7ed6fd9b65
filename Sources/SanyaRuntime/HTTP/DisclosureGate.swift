import HTTPTypes
import Hummingbird
import SanyaModel

/// Decides what the server tells someone who is not a contract's client.
///
/// `/healthz` is public (a load balancer asks it). The documentation (`/docs/`), the OpenAPI document and
/// the list of served contracts (`/`) name units, purposes, coordinators and their phone numbers and
/// e-mails, and every allow-list: they are shown to addresses that some served contract admits, and to the
/// staff network. `/metrics` is for the staff network only; `/readyz` tells others only ready or not.
/// Anyone else gets 403 `FORBIDDEN`.
struct DisclosureGate: RouterMiddleware {
    typealias Context = SanyaRequestContext
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    let registry: ContractRegistry
    let hosts: HostDirectory
    let resolver: ClientAddressResolver
    let staff: [IPNetwork]
    let today: @Sendable () -> LocalDate

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let client = resolver.client(peer: context.peerAddress, forwardedFor: request.headers[values: Self.forwardedFor])
        var context = context
        context.client = client
        context.isStaff = isStaff(client)
        if path == "/metrics" {
            guard context.isStaff else { throw Self.refusal }
        } else if ["/", "/openapi.json", "/docs"].contains(path) || path.hasPrefix("/docs/") {
            guard context.isStaff || isSomeContractsClient(client) else { throw Self.refusal }
        }
        return try await next(request, context)
    }

    static let refusal = SanyaError(.forbidden, "FORBIDDEN", "this address may not read this page")

    func isStaff(_ client: String?) -> Bool {
        guard let client else { return false }
        return staff.contains { $0.contains(client) }
    }

    /// Whether a contract served today admits the address.
    func isSomeContractsClient(_ client: String?) -> Bool {
        registry.contracts.served(on: today()).contains { $0.allows(client, hosts: hosts) }
    }
}
