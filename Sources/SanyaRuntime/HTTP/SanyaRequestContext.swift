import Hummingbird
import NIOCore
import SanyaModel

/// The request context: Hummingbird's core storage, the TCP peer's address, and what the contract
/// middleware learn about a request on its way (its audit outcome, the access the gate granted).
public struct SanyaRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The client's connection: its closing cancels the request's query (`ClientDisconnectWatch`).
    let channel: any Channel
    /// What the request's audit record will say; set by `AuditMiddleware`, filled in on the way.
    var outcome: AuditOutcome?
    /// The client's address: the peer, or what a trusted proxy says (`ClientAddressResolver`); set once,
    /// by `DisclosureGate`, the first middleware.
    var client: String?
    /// Whether the client is on the staff network; set by `DisclosureGate`.
    var isStaff = false
    /// For a unit's client reading the documentation: the served contracts that admit it, the only ones its
    /// pages may show; nil for the staff network, which reads everything. Set by `DisclosureGate`.
    var clientContracts: [HandlerDefinition]?
    /// The contract the request may use; set by `AccessGate` once every check has passed.
    var contract: HandlerDefinition?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
    }

    /// POST bodies are parameters, never documents: one mebibyte is plenty.
    public var maxUploadSize: Int { 1 << 20 }

    /// The peer's IP address as text (`127.0.0.1`, `::1`).
    var peerAddress: String? { remoteAddress?.ipAddress }
}
