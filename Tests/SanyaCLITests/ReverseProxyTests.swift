import Foundation
import SanyaTestSupport
import Testing

/// Sanya behind Debian's nginx, configured with `deploy/nginx/sanya-proxy.conf`, both on loopback: the
/// client's address comes from the proxy's X-Forwarded-For only because the proxy is trusted, and a header a
/// client forges is never believed — not through nginx, not past it.
@Suite("Behind nginx", .serialized,
       .needs(.nginx))
struct ReverseProxyTests {
    static let contracts = ["rt-students", "rt-limited"].map { Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml") }

    @Test("the allow-list and the audit see the client nginx saw; forged headers change nothing")
    func forwarded() async throws {
        let repository = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repository.root) }
        let students = try repository.sanya(["keys", "issue", "rt-students"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let limited = try repository.sanya(["keys", "issue", "rt-limited"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let ports = TestPorts.free(count: 2)
        let sanyaPort = ports[0], proxyPort = ports[1]
        let server = try Process.start(SanyaBinary.path, ["serve", "--database", repository.database, "--state", repository.state,
                                                          "--host", "127.0.0.1", "--port", String(sanyaPort), "--trusted-proxy", "127.0.0.1"],
                                       in: repository.root, log: repository.root.appendingPathComponent("serve.log").path)
        defer { server.terminate() }
        let proxy = try Self.startNginx(in: repository.root.appendingPathComponent("nginx"), listen: proxyPort, upstream: sanyaPort)
        defer { proxy.terminate() }
        for port in [sanyaPort, proxyPort] {
            for _ in 0..<100 {
                if (try? Snapshot.run("/usr/bin/curl", ["-sf", "http://127.0.0.1:\(port)/healthz"]))?.status == 0 { break }
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        func get(_ port: Int, _ path: String, key: String, from source: String, forged: String? = nil) throws -> String {
            var arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--interface", source, "-H", "Authorization: Bearer \(key)"]
            if let forged { arguments += ["-H", "X-Forwarded-For: \(forged)"] }
            return try Snapshot.run("/usr/bin/curl", arguments + ["http://127.0.0.1:\(port)\(path)"]).output
        }
        // rt-students admits 127.0.0.1 only; rt-limited all of 127.0.0.0/8.
        #expect(try get(proxyPort, "/api/rt-students", key: students, from: "127.0.0.1") == "200")
        #expect(try get(proxyPort, "/api/rt-students", key: students, from: "127.0.0.2") == "403", "the client is 127.0.0.2, not the proxy")
        #expect(try get(proxyPort, "/api/rt-students", key: students, from: "127.0.0.2", forged: "127.0.0.1") == "403", "nginx replaces a forged header")
        #expect(try get(proxyPort, "/api/rt-limited", key: limited, from: "127.0.0.2") == "200")
        #expect(try get(sanyaPort, "/api/rt-students", key: students, from: "127.0.0.2", forged: "127.0.0.1") == "403",
                "127.0.0.2 is not a trusted proxy: its header is ignored")
        #expect(try get(proxyPort, "/api/rt-students?format=csv", key: students, from: "127.0.0.1") == "200", "a stream passes through")

        // The runtime writes audit records in batches, within moments.
        var audit = try repository.sanya(["audit", "--format", "csv"])
        // CSV lines end in CRLF, one Character in Swift: split on newlines, not on "\n".
        for _ in 0..<50 where audit.output.split(whereSeparator: \.isNewline).count < 7 {
            try await Task.sleep(for: .milliseconds(100))
            audit = try repository.sanya(["audit", "--format", "csv"])
        }
        let clients = audit.output.split(whereSeparator: \.isNewline).dropFirst().map { line in String(line.split(separator: ",", omittingEmptySubsequences: false)[4]) }
        #expect(clients == ["127.0.0.1", "127.0.0.2", "127.0.0.2", "127.0.0.2", "127.0.0.2", "127.0.0.1"], Comment(rawValue: audit.output + audit.error))
    }

    /// nginx in the foreground with a configuration of the test's own around the repository's proxy directives.
    static func startNginx(in directory: URL, listen: Int, upstream: Int) throws -> Process {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("temp"), withIntermediateDirectories: true)
        let proxy = Repository.root.appendingPathComponent("deploy/nginx/sanya-proxy.conf").path
        let temp = directory.appendingPathComponent("temp").path
        let configuration = """
            daemon off;
            worker_processes 1;
            pid \(directory.path)/nginx.pid;
            error_log \(directory.path)/error.log;
            events { worker_connections 64; }
            http {
                access_log \(directory.path)/access.log;
                client_body_temp_path \(temp)/body; proxy_temp_path \(temp)/proxy; fastcgi_temp_path \(temp)/fastcgi;
                uwsgi_temp_path \(temp)/uwsgi; scgi_temp_path \(temp)/scgi;
                upstream sanya { server 127.0.0.1:\(upstream); keepalive 8; }
                server {
                    listen 127.0.0.1:\(listen);
                    location / { include \(proxy); }
                }
            }
            """
        let file = directory.appendingPathComponent("nginx.conf")
        try configuration.write(to: file, atomically: true, encoding: .utf8)
        return try Process.start("/usr/sbin/nginx", ["-c", file.path, "-p", directory.path], in: directory,
                                 log: directory.appendingPathComponent("nginx.out").path)
    }
}
