import ArgumentParser
import Foundation
import SanyaFrontend
import SanyaGovernance
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya notify`: the manual's "communicate" step, by e-mail, from a timer.
    struct Notify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "E-mail the units and the office what happened to their requests, each notice once.",
            discussion: """
            Meant for a timer (deploy/sanya-notify.timer). Compares the contracts with the record of what was sent \
            (in the runtime's state database) and sends what is due: to the coordinator and the head, the request \
            received, endorsed or refused, approved, delivered (with the hand-over note, never a secret), 30 and \
            7 days before valid_until, revoked or expired; to the office (controller.email in \
            Contracts/controller.yaml, also the sender), a step past the manual's budget, a delivery waiting after \
            approval, a key never used a week after it was issued. Events older than 30 days are not announced. \
            A run that fails half way sends the rest next time; two runs at once never send one notice twice. \
            Exit status: 0 everything due was sent (refused recipients are logged), 1 some could not be sent now, \
            2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var runtime: RuntimeOptions

        @Option(name: .long, help: "The mail server: smtp://user:password@host:587 (STARTTLS), smtps://…:465, or smtp://host:25?tls=none for a local relay (env SANYA_SMTP; setting smtp).")
        var smtp: String?

        @Option(name: .customLong("smtp-ca"), help: "A CA certificate (PEM) to trust for the mail server's (env SANYA_SMTP_CA; setting smtp_ca).")
        var smtpCA: String?

        @Flag(name: .customLong("dry-run"), help: "Print what would be sent, and send nothing.")
        var dryRun = false

        @Flag(name: .long, help: "With --dry-run: print each message's text too.")
        var show = false

        /// A claim older than this was left by a run that died: another run may send the notice.
        static let staleClaim: TimeInterval = 15 * 60

        func run() async throws {
            let (project, result) = try repository.checkedProject()
            guard let controller = result.controller else {
                throw ValidationError("notices come from the office's address: Contracts/controller.yaml must give controller.email")
            }
            let office = MailAddress(name: controller.name.th, email: controller.email)
            var sender: SMTPSender?
            if !dryRun {
                guard let text = try runtime.setting(smtp, "SANYA_SMTP", "smtp") else {
                    throw ValidationError("say which mail server sends the notices: --smtp smtp://user:password@host:587 (or SANYA_SMTP, or smtp in --config)")
                }
                guard let server = SMTPServer(text, caFile: try runtime.setting(smtpCA, "SANYA_SMTP_CA", "smtp_ca")) else {
                    throw ValidationError("--smtp must be smtp://[user:password@]host[:port], smtps://… or smtp://host:port?tls=none (without a password), not '\(PostgresRegistrar.redact(text))'")
                }
                sender = SMTPSender(server: server)
            }
            let deliveries = project.root.appendingPathComponent("var/deliveries")
            let day = repository.day
            let contracts = result.contracts, calendar = result.calendar
            let (show, chosen) = (show, sender)
            let failed = try await runtime.withState { store -> Bool in
                let keys = try await store.keys(contract: nil).map { key in
                    IssuedKey(id: key.id, contract: key.contract, createdOn: LocalDate.today(now: key.createdAt),
                              used: key.lastUsedAt != nil, revoked: key.revokedAt != nil)
                }
                let planner = NoticePlanner(contracts: contracts, calendar: calendar, today: day, keys: keys, office: office,
                                            handover: { Self.handover(of: $0, in: deliveries) })
                let recorded = Dictionary(try await store.notices().map { ($0.key, $0.state) }, uniquingKeysWith: { first, _ in first })
                let pending = planner.due().filter { recorded[$0.key] == nil || recorded[$0.key] == .claimed }
                guard let sender = chosen else {
                    for notice in pending {
                        print("would send \(notice.kind.rawValue) (\(notice.contract)) to \(notice.recipient.email): \(notice.subject)")
                        if show { print(MailMessage(notice, from: office, date: Date()).rendered.replacingOccurrences(of: "\r\n", with: "\n")) }
                    }
                    print("\(pending.count) notice(s) due on \(day); nothing sent (--dry-run).")
                    return false
                }
                var sent = 0, refused = 0
                for notice in pending {
                    let message = MailMessage(notice, from: office, date: Date())
                    let claim = NoticeRecord(key: notice.key, contract: notice.contract, kind: notice.kind.rawValue, recipient: notice.recipient.email,
                                             messageID: message.messageID, state: .claimed, claimedAt: Date())
                    // Another run has it (or sent it a moment ago).
                    guard try await store.claimNotice(claim, staleBefore: Date().addingTimeInterval(-Self.staleClaim)) else { continue }
                    switch sender.send(message.rendered, from: office.email, to: notice.recipient.email) {
                    case .sent:
                        try await store.finishNotice(key: notice.key, state: .sent, detail: nil, at: Date())
                        sent += 1
                        print("sent \(notice.kind.rawValue) (\(notice.contract)) to \(notice.recipient.email)")
                    case .refused(let answer):
                        try await store.finishNotice(key: notice.key, state: .refused, detail: answer, at: Date())
                        refused += 1
                        printError("warning: the mail server refused \(notice.recipient.email) for \(notice.kind.rawValue) (\(notice.contract)): \(answer)\n")
                    case .failed(let reason):
                        // The server is down or refuses us now: this notice and the rest go next time.
                        try await store.releaseNotice(key: notice.key)
                        printError("error: could not send through \(sender.server.display): \(reason); \(pending.count - sent - refused) notice(s) wait for the next run\n")
                        print("\(sent) sent, \(refused) refused.")
                        return true
                    }
                }
                print("\(sent) sent, \(refused) refused, of \(pending.count) due on \(day).")
                return false
            }
            if failed { throw ExitCode(1) }
        }

        /// The hand-over note `sanya deliver` wrote for a contract: its Markdown as the plain text, the body of its
        /// HTML page.
        static func handover(of contract: String, in deliveries: URL) -> (text: String, html: String)? {
            let folder = deliveries.appendingPathComponent(contract)
            guard let text = try? String(contentsOf: folder.appendingPathComponent("handover-\(contract).md"), encoding: .utf8) else { return nil }
            var html = (try? String(contentsOf: folder.appendingPathComponent("handover-\(contract).html"), encoding: .utf8)) ?? ""
            if let start = html.range(of: "<body>"), let end = html.range(of: "</body>", range: start.upperBound..<html.endIndex) {
                html = String(html[start.upperBound..<end.lowerBound])
            }
            return (text, html)
        }
    }
}
