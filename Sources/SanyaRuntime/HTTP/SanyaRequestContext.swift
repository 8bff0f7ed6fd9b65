import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage and the TCP peer's address.
public struct SanyaRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// POST bodies are parameters, never documents: one mebibyte is plenty.
    public var maxUploadSize: Int { 1 << 20 }

    /// The peer's IP address as text (`127.0.0.1`, `::1`).
    var peerAddress: String? { remoteAddress?.ipAddress }
}
