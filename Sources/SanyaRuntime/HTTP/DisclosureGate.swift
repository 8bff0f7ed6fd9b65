import HTTPTypes
import Hummingbird
import SanyaModel

/// Decides what the server tells someone who is not a contract's client, and what a unit's client may read
/// of the documentation.
///
/// `/healthz` is public (a load balancer asks it). The documentation (`/docs/`), the OpenAPI document and
/// the list of served contracts (`/`) name units, purposes, coordinators and their phone numbers and
/// e-mails, and every allow-list: the staff network reads all of it; a client that served contracts admit
/// reads only what is about those contracts (their pages, their part of the OpenAPI document and of `/`,
/// an index of them) and the blank request form; the registrar's own index, the record of processing and
/// every other unit's pages are refused. `/metrics` is for the staff network only; `/readyz` tells others
/// only ready or not. Anyone else gets 403 `FORBIDDEN`.
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
        } else if let page = DocumentationRequest(path: path), !context.isStaff {
            let own = contracts(admitting: client)
            guard !own.isEmpty, page.isReadable(byClientOf: Set(own.map(\.contract))) else { throw Self.refusal }
            context.clientContracts = own
        }
        return try await next(request, context)
    }

    static let refusal = SanyaError(.forbidden, "FORBIDDEN", "this address may not read this page")

    func isStaff(_ client: String?) -> Bool {
        guard let client else { return false }
        return staff.contains { $0.contains(client) }
    }

    /// The contracts served today that admit the address.
    func contracts(admitting client: String?) -> [HandlerDefinition] {
        registry.contracts.served(on: today()).filter { $0.allows(client, hosts: hosts) }
    }
}

/// A request for one of the pages that describe the contracts: `/`, `/openapi.json` or a path under `/docs`.
enum DocumentationRequest: Equatable {
    case contractList
    case openAPI
    /// `/docs`, `/docs/` or `/docs/index.html`: a unit's client gets an index of its own contracts.
    case index
    /// A page under `/docs/`, by its path relative to `Generated/docs/`.
    case page(String)

    init?(path: String) {
        switch path {
        case "/": self = .contractList
        case "/openapi.json": self = .openAPI
        case "/docs", "/docs/", "/docs/" + DocumentationPaths.index: self = .index
        default:
            guard path.hasPrefix("/docs/") else { return nil }
            self = .page(String(path.dropFirst("/docs/".count)))
        }
    }

    /// Whether a client whose served contracts are `own` may read it: the lists and the index (each shows
    /// only those contracts), the request form, and those contracts' own pages, named exactly.
    func isReadable(byClientOf own: Set<String>) -> Bool {
        switch self {
        case .contractList, .openAPI, .index: true
        case .page(let path): path == DocumentationPaths.requestForm || DocumentationPaths.contract(ofPage: path).map(own.contains) == true
        }
    }
}
