import Foundation
import PostgresNIO
@testable import SanyaRuntime
import SanyaTestSupport
import Testing

/// The record of notices in both state stores: a claim is taken once, taken over only when stale and unsent,
/// given back on a failure, and final once sent or refused.
enum NoticeClaims {
    static func check(_ store: any StateStore) async throws {
        try await store.migrate()
        let now = Date()
        let claim = NoticeRecord(key: "c@1/received → a@x.th", contract: "c", kind: "received", recipient: "a@x.th", messageID: "<1@x.th>",
                                 state: .claimed, claimedAt: now)
        #expect(try await store.claimNotice(claim, staleBefore: now.addingTimeInterval(-900)))
        #expect(try await !store.claimNotice(claim, staleBefore: now.addingTimeInterval(-900)), "a second run does not get it")
        // A run that died 20 minutes ago left its claim: it may be taken over.
        var later = claim
        later.claimedAt = now.addingTimeInterval(1_200)
        #expect(try await store.claimNotice(later, staleBefore: later.claimedAt.addingTimeInterval(-900)))
        // Given back after a failure: claimed again at once.
        try await store.releaseNotice(key: claim.key)
        #expect(try await store.claimNotice(claim, staleBefore: now.addingTimeInterval(-900)))
        try await store.finishNotice(key: claim.key, state: .sent, detail: nil, at: now)
        #expect(try await !store.claimNotice(later, staleBefore: later.claimedAt), "a sent notice is never claimed again")
        try await store.releaseNotice(key: claim.key)
        let records = try await store.notices()
        #expect(records.count == 1 && records[0].state == .sent && records[0].messageID == "<1@x.th>" && records[0].sentAt != nil, "\(records)")
    }
}

@Suite("The record of notices (SQLite)")
struct SQLiteNoticeRecordTests {
    @Test("claims, take-overs, releases and sent notices")
    func claims() async throws {
        let dir = Repository.temporaryDirectory("notices")
        defer { try? FileManager.default.removeItem(at: dir) }
        try await NoticeClaims.check(try SQLiteStateStore(path: dir.appendingPathComponent("state.sqlite").path))
    }
}

@Suite("The record of notices (PostgreSQL)", .needs(.postgres), .serialized)
struct PostgresNoticeRecordTests {
    @Test("claims, take-overs, releases and sent notices")
    func claims() async throws {
        let url = try await PostgresTestDatabase.create("sanya_notice_test")
        let registrar = try PostgresRegistrar(url: url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await registrar.run() }
            try await NoticeClaims.check(PostgresStateStore(client: registrar.client))
            group.cancelAll()
        }
    }
}
