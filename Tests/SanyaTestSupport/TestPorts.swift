#if canImport(Glibc)
import Glibc
#endif

/// Ports for the servers the tests start (sanya serve, nginx, PgBouncer, PostgreSQL, MariaDB, socat).
public enum TestPorts {
    /// A TCP port on 127.0.0.1 that nothing listens on now: the kernel's choice for a socket bound to port 0.
    ///
    /// Not a random number: one picked at random in the ephemeral range can be the local port of one of the
    /// many outgoing connections the suites hold at once (database pools, curl), and the server then fails to
    /// bind. The kernel hands out a free port and does not give it to another socket right away.
    public static func free() -> Int { free(count: 1)[0] }

    /// `count` different free ports (each socket holds its port until all are chosen).
    public static func free(count: Int) -> [Int] {
        var sockets: [Int32] = []
        defer { for fd in sockets { close(fd) } }
        return (0..<count).map { _ in
            let (fd, port) = bound()
            sockets.append(fd)
            return port
        }
    }

    private static func bound() -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        precondition(fd >= 0, "socket() failed")
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        precondition(bound == 0, "bind() to port 0 failed")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }
}
