import NIOCore
import Synchronization

/// Cancels the query budgets of the requests on a connection when the client closes it (its end of the stream:
/// Hummingbird allows half-closed connections, so a client that hangs up shows as `inputClosed`, and only
/// later, when the answer is written, as a closed channel — `ClientHangUpHandler` tells the watch at once), so that a page or a
/// stream whose reader has gone stops its statement on the database server instead of running to its end.
///
/// One callback on each connection's `closeFuture`, registered with its first query, and a table of the budgets
/// in flight: not a callback per request, since a keep-alive connection lives for thousands of requests and
/// every callback would stay until it closes (`ClosingWatch` learned the same of PostgreSQL connections).
final class ClientDisconnectWatch: Sendable {
    static let shared = ClientDisconnectWatch()

    struct Ticket: Sendable {
        var connection: ObjectIdentifier
        var id: UInt64
    }

    /// What is known of one connection: the budgets of its requests in flight, and whether its client has
    /// already hung up (a request read before the hang-up may reach its query after it).
    private struct Connection {
        var budgets: [UInt64: QueryBudget] = [:]
        var hungUp = false
    }

    private struct State {
        var connections: [ObjectIdentifier: Connection] = [:]
        var next: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Cancels `budget` if `channel`'s client hangs up, or has, before `forget`.
    func watch(_ channel: any Channel, _ budget: QueryBudget) -> Ticket {
        let key = ObjectIdentifier(channel)
        let (ticket, first, gone) = state.withLock { state -> (Ticket, Bool, Bool) in
            state.next &+= 1
            let first = state.connections[key] == nil
            state.connections[key, default: Connection()].budgets[state.next] = budget
            return (Ticket(connection: key, id: state.next), first, state.connections[key]!.hungUp)
        }
        if first { channel.closeFuture.whenComplete { _ in self.closed(key) } }
        if gone || !channel.isActive { budget.cancel() }
        return ticket
    }

    func forget(_ ticket: Ticket) {
        // The entry stays, without the budget, while the connection lives: its close callback is registered once.
        state.withLock { _ = $0.connections[ticket.connection]?.budgets.removeValue(forKey: ticket.id) }
    }

    /// The client closed its side of the connection: its queries are cancelled, now and when they start.
    func hungUp(_ channel: any Channel) {
        let key = ObjectIdentifier(channel)
        let (budgets, first) = state.withLock { state -> ([QueryBudget], Bool) in
            let first = state.connections[key] == nil
            state.connections[key, default: Connection()].hungUp = true
            defer { state.connections[key]?.budgets = [:] }
            return (Array(state.connections[key]!.budgets.values), first)
        }
        if first { channel.closeFuture.whenComplete { _ in self.closed(key) } }
        for budget in budgets { budget.cancel() }
    }

    private func closed(_ key: ObjectIdentifier) {
        let budgets = state.withLock { $0.connections.removeValue(forKey: key)?.budgets ?? [:] }
        for budget in budgets.values { budget.cancel() }
    }
}

/// Tells `ClientDisconnectWatch` when a client closes its side of the connection while its request runs.
///
/// The end of a client's input is taken as the client gone, as Go's `net/http` cancels a request's context when
/// its connection's read ends: an HTTP/1.1 client that half-closes and still waits for the answer is very rare,
/// and a query kept running for a client that is gone costs the registrar's database.
final class ClientHangUpHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent {
            ClientDisconnectWatch.shared.hungUp(context.channel)
        }
        context.fireUserInboundEventTriggered(event)
    }
}
