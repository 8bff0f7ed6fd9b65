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

    private struct State {
        var inFlight: [ObjectIdentifier: [UInt64: QueryBudget]] = [:]
        var next: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Cancels `budget` if `channel` closes before `forget`.
    func watch(_ channel: any Channel, _ budget: QueryBudget) -> Ticket {
        let key = ObjectIdentifier(channel)
        let (ticket, first) = state.withLock { state -> (Ticket, Bool) in
            state.next &+= 1
            let first = state.inFlight[key] == nil
            state.inFlight[key, default: [:]][state.next] = budget
            return (Ticket(connection: key, id: state.next), first)
        }
        if first {
            channel.closeFuture.whenComplete { _ in self.closed(key) }
        }
        if !channel.isActive { closed(key) }
        return ticket
    }

    func forget(_ ticket: Ticket) {
        state.withLock { state in
            guard var budgets = state.inFlight[ticket.connection] else { return }
            budgets.removeValue(forKey: ticket.id)
            // The entry stays, empty, while the connection lives: its close callback is registered once.
            state.inFlight[ticket.connection] = budgets
        }
    }

    /// The client closed its side of the connection.
    func hungUp(_ channel: any Channel) {
        closed(ObjectIdentifier(channel))
    }

    private func closed(_ key: ObjectIdentifier) {
        let budgets = state.withLock { $0.inFlight.removeValue(forKey: key) ?? [:] }
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
