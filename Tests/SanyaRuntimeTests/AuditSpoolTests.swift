import Foundation
import NIOCore
import SanyaModel
@testable import SanyaRuntime
import SanyaTestSupport
import Synchronization
import Testing

@Suite("Audit spool")
struct AuditSpoolTests {
    static func record(_ n: Int) -> AuditRecord {
        AuditRecord(time: Date(timeIntervalSince1970: 1_795_000_000 + Double(n)), contract: "rt-students", unit: "หอสมุด", keyID: "k\(n)", client: "127.0.0.1",
                    method: "GET", parameters: #"{"faculty":"01"}"#, format: "json", rows: n, status: 503, code: "UNAVAILABLE", durationMilliseconds: 3000.5)
    }

    @Test("records an earlier run left in the spool are moved into the store at start-up; a line cut short by a crash is skipped")
    func recovery() async throws {
        let dir = Repository.temporaryDirectory("spool")
        let spool = dir.appendingPathComponent("var/audit-spool.ndjson")
        try AuditWriter.append([Self.record(1), Self.record(2)], to: spool)
        try AuditWriter.append([Self.record(3)], to: spool)
        let handle = try FileHandle(forWritingTo: spool)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"time":1795000004,"contract":"rt-stu"#.utf8))
        try handle.close()
        let store = try SQLiteStateStore(path: dir.appendingPathComponent("state.sqlite").path)
        try await store.migrate()
        let writer = AuditWriter(store: store, spool: spool)
        #expect(await writer.spooledCount == 4)
        await writer.recoverSpool()
        await writer.flush()
        let stored = try await store.audit(AuditFilter())
        #expect(stored == [Self.record(1), Self.record(2), Self.record(3)])
        #expect(!FileManager.default.fileExists(atPath: spool.path), "the spool is removed once its records are stored")
        await writer.record(Self.record(5))
        await writer.flush()
        #expect(try await store.audit(AuditFilter()).map(\.rows) == [1, 2, 3, 5])
    }
}
