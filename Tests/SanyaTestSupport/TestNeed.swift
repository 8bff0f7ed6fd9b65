import Foundation
import Testing

/// What a suite needs from this machine beyond Swift: a server, a browser, a tool. One trait says it
/// (`.needs(.postgres)`), so that every suite is enabled, skipped and explained the same way.
public enum TestNeed: String, Sendable, CustomStringConvertible {
    /// The test PostgreSQL database of `SANYA_TEST_POSTGRES_URL` (scripts/test starts it).
    case postgres
    /// PostgreSQL's binaries, to start servers of a test's own (outages, replicas, logins).
    case postgresServers
    case mariaDB
    case chromium
    case nginx
    case pgBouncer
    case schemathesis
    /// aiosmtpd, the SMTP server the notify tests send to.
    case aiosmtpd

    public var description: String {
        switch self {
        case .postgres: "PostgreSQL (set SANYA_TEST_POSTGRES_URL; scripts/test does)"
        case .postgresServers: "PostgreSQL's binaries (scripts/setup installs them)"
        case .mariaDB: "MariaDB (scripts/setup installs mariadb-server)"
        case .chromium: "Chromium (scripts/setup installs it)"
        case .nginx: "nginx (scripts/setup installs it)"
        case .pgBouncer: "PgBouncer (scripts/setup installs it)"
        case .schemathesis: "Schemathesis (scripts/setup installs it from PyPI)"
        case .aiosmtpd: "aiosmtpd (scripts/setup installs it from PyPI)"
        }
    }

    /// Whether it is here; under `CI=true` always (the suite then runs and fails with its own error), elsewhere
    /// false with a warning on standard error the first time (`TestRequirement`).
    public var isMet: Bool {
        switch self {
        case .postgres: PostgresTestDatabase.isAvailable
        case .postgresServers: PostgresInstance.isAvailable
        case .mariaDB: MariaDBInstance.isAvailable
        case .chromium: TestRequirement.met("Chromium", hint: "scripts/setup installs it", FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"))
        case .nginx: TestRequirement.met("nginx", hint: "scripts/setup installs it", FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx"))
        case .pgBouncer: TestRequirement.met("PgBouncer", hint: "scripts/setup installs it", FileManager.default.isExecutableFile(atPath: "/usr/sbin/pgbouncer"))
        case .schemathesis: TestRequirement.met("Schemathesis", hint: "scripts/setup installs it from PyPI", SchemathesisTool.path != nil)
        case .aiosmtpd: TestRequirement.met("aiosmtpd", hint: "scripts/setup installs it from PyPI",
                                            (try? Snapshot.run("/usr/bin/env", ["python3", "-c", "import aiosmtpd"]))?.status == 0)
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where everything it needs is here (see `TestNeed.isMet`).
    public static func needs(_ needs: TestNeed...) -> Self {
        .enabled(if: needs.allSatisfy(\.isMet), Comment(rawValue: "needs " + needs.map(\.description).joined(separator: ", ")))
    }
}

/// Where Schemathesis's `st` command is (pip installs it on the PATH of the Python that installed it).
public enum SchemathesisTool {
    public static let path: String? = {
        let found = (try? Snapshot.run("/bin/sh", ["-c", "command -v st"]))?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return found.isEmpty ? nil : found
    }()
}
