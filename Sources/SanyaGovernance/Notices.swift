import Foundation
import SanyaCodegen
import SanyaModel

/// What a notice tells: a step of the manual reached (to the unit), or something the office must act on.
public enum NoticeKind: String, Sendable, CaseIterable, Codable {
    // To the requester: the coordinator and the project head.
    case received
    case endorsed
    case refused
    case approved
    case delivered
    case expiring30 = "expiring-30"
    case expiring7 = "expiring-7"
    case revoked
    case expired
    // To the office.
    case overdue
    case awaitingDelivery = "awaiting-delivery"
    case keyUnused = "key-unused"

    public var toOffice: Bool { [.overdue, .awaitingDelivery, .keyUnused].contains(self) }

    /// What happened, for the subject line: Thai, then English.
    var headline: (thai: String, english: String) {
        switch self {
        case .received: ("ได้รับคำขอแล้ว", "request received")
        case .endorsed: ("ผู้อำนวยการเห็นชอบคำขอแล้ว", "request endorsed")
        case .refused: ("คำขอไม่ได้รับอนุมัติ", "request refused")
        case .approved: ("คำขอได้รับอนุมัติแล้ว", "request approved")
        case .delivered: ("ส่งมอบข้อมูลแล้ว", "data delivered")
        case .expiring30: ("สิทธิ์จะหมดอายุใน 30 วัน", "expires in 30 days")
        case .expiring7: ("สิทธิ์จะหมดอายุใน 7 วัน", "expires in 7 days")
        case .revoked: ("ยกเลิกสิทธิ์แล้ว", "access revoked")
        case .expired: ("สิทธิ์หมดอายุแล้ว", "access expired")
        case .overdue: ("ขั้นตอนเกินกำหนดเวลาตามคู่มือ", "step past the manual's budget")
        case .awaitingDelivery: ("อนุมัติแล้วแต่ยังไม่ส่งมอบ", "approved, not yet delivered")
        case .keyUnused: ("กุญแจ API ยังไม่เคยถูกใช้", "API key never used")
        }
    }
}

/// A key the runtime issued, as the planner needs it (from the state store).
public struct IssuedKey: Sendable {
    public var id: String
    public var contract: String
    public var createdOn: LocalDate
    public var used: Bool
    public var revoked: Bool

    public init(id: String, contract: String, createdOn: LocalDate, used: Bool, revoked: Bool) {
        self.id = id
        self.contract = contract
        self.createdOn = createdOn
        self.used = used
        self.revoked = revoked
    }
}

/// One notice due, for one recipient: what `sanya notify` sends, once.
public struct Notice: Sendable {
    public var contract: String
    public var version: Int
    public var kind: NoticeKind
    /// What distinguishes two notices of one kind for one contract: the step that is late, the unused key.
    public var detail: String?
    /// The day the event happened (or became due).
    public var on: LocalDate
    public var recipient: MailAddress
    public var subject: String
    public var text: String
    public var html: String

    /// The notice's identity in the record of what was sent: the same notice planned again has the same key.
    public var key: String {
        "\(contract)@\(version)/\(kind.rawValue)" + (detail.map { "/\($0)" } ?? "") + " → \(recipient.email.lowercased())"
    }
}

/// Works out every notice due on a day from the contracts, the business calendar and the keys issued: the steps
/// of W-REG6-001 each request reached, the expiries ahead, and what the office must chase. What has been sent
/// already is not its concern (the caller compares with its record), so planning is a pure function of the
/// repository and the day, and the same day planned twice gives the same notices.
public struct NoticePlanner {
    /// Events older than this are not announced any more: a repository that starts sending notices does not
    /// mail every unit the history of its requests.
    public static let horizonDays = 30
    /// A key not used this many days after it was issued is worth a call to the unit.
    public static let unusedKeyDays = 7

    public var contracts: [Contract]
    public var calendar: BusinessCalendar
    public var today: LocalDate
    public var keys: [IssuedKey]
    /// The office's address: notices to the office go there, and every notice comes from it.
    public var office: MailAddress
    /// The hand-over note of a delivered contract (plain text and HTML), when `sanya deliver` wrote one.
    public var handover: (String) -> (text: String, html: String)?

    public init(contracts: [Contract], calendar: BusinessCalendar, today: LocalDate, keys: [IssuedKey], office: MailAddress,
                handover: @escaping (String) -> (text: String, html: String)? = { _ in nil }) {
        self.contracts = contracts
        self.calendar = calendar
        self.today = today
        self.keys = keys
        self.office = office
        self.handover = handover
    }

    /// Every notice due today, in the order of the contracts and of the manual's steps.
    public func due() -> [Notice] {
        var notices: [Notice] = []
        let report = ServiceLevelReport(contracts: contracts, calendar: calendar, today: today)
        for contract in contracts.sorted(by: { $0.id < $1.id }) {
            let workflow = contract.workflow
            var events: [(NoticeKind, LocalDate, String?)] = []
            events.append((.received, workflow.step(.submitted)?.on ?? contract.request.requestedOn, nil))
            if let step = workflow.step(.endorsed) { events.append((.endorsed, step.on, nil)) }
            if let step = workflow.step(.rejected) { events.append((.refused, step.on, step.reason)) }
            if let step = workflow.step(.approved) { events.append((.approved, step.on, nil)) }
            if let step = workflow.step(.delivered) { events.append((.delivered, step.on, nil)) }
            if let step = workflow.step(.revoked) { events.append((.revoked, step.on, step.reason ?? step.note)) }
            if contract.status == .approved, workflow.step(.revoked) == nil, let end = workflow.validUntil {
                for (kind, days) in [(NoticeKind.expiring30, 30), (.expiring7, 7)] where today < end {
                    let on = end.adding(days: -days)
                    // Only the nearer warning for a contract that has less than 30 days left when it is approved.
                    if kind == .expiring30, today >= end.adding(days: -7) { continue }
                    events.append((kind, on, nil))
                }
                if today > end { events.append((.expired, end.adding(days: 1), nil)) }
            }
            for (kind, on, reason) in events where on <= today && today.daysSinceEpoch - on.daysSinceEpoch <= Self.horizonDays {
                for person in Self.requesters(contract) {
                    notices.append(notice(contract, kind, on: on, detail: nil, reason: reason, to: person))
                }
            }
            // The office: a step past the manual's budget, a delivery waiting, a key nobody used.
            if let request = report.requests.first(where: { $0.contract == contract.id }), request.overdue == true, let step = request.waitingAt {
                let kind: NoticeKind = step == WorkflowStepKind.delivered.rawValue ? .awaitingDelivery : .overdue
                notices.append(notice(contract, kind, on: today, detail: step, reason: "\(request.waitingDays ?? 0)", to: office))
            }
            for key in keys where key.contract == contract.id && !key.used && !key.revoked
                && today.daysSinceEpoch - key.createdOn.daysSinceEpoch >= Self.unusedKeyDays && contract.isInForce(on: today) {
                notices.append(notice(contract, .keyUnused, on: key.createdOn.adding(days: Self.unusedKeyDays), detail: key.id,
                                      reason: key.createdOn.description, to: office))
            }
        }
        return notices
    }

    /// The coordinator and the head, each once, those with an address.
    static func requesters(_ contract: Contract) -> [MailAddress] {
        var seen = Set<String>()
        return [contract.request.coordinator, contract.request.head].compactMap { person in
            guard let email = person.email, seen.insert(email.lowercased()).inserted else { return nil }
            return MailAddress(name: person.name, email: email)
        }
    }

    private func notice(_ contract: Contract, _ kind: NoticeKind, on: LocalDate, detail: String?, reason: String?, to recipient: MailAddress) -> Notice {
        let (thai, english) = kind.headline
        let subject = "[Sanya \(contract.id)] \(thai) / \(english)"
        let (text, html) = body(contract, kind, on: on, detail: detail, reason: reason, to: recipient)
        return Notice(contract: contract.id, version: contract.version, kind: kind, detail: detail, on: on, recipient: recipient,
                      subject: subject, text: text, html: html)
    }

    /// The message: Thai first, then English, the same facts in both; the plain text and the HTML say the same.
    private func body(_ contract: Contract, _ kind: NoticeKind, on: LocalDate, detail: String?, reason: String?,
                      to recipient: MailAddress) -> (String, String) {
        let end = contract.workflow.validUntil?.description ?? "—"
        var thai: [String], english: [String]
        switch kind {
        case .received:
            thai = ["สำนักทะเบียนฯ ได้รับคำขอใช้ข้อมูล \"\(contract.title)\" ของ\(contract.request.unit) เมื่อวันที่ \(on) แล้ว",
                    "ขั้นตอนต่อไป: ผู้อำนวยการพิจารณา (1 วันทำการ) เจ้าหน้าที่จัดเตรียมข้อมูล (1–4 วันทำการ) ผู้บริหารตรวจสอบและอนุมัติ (1 วันทำการ) และส่งมอบ (1 วันทำการ)"]
            english = ["The Registrar's Office received the data request \"\(contract.title)\" from \(contract.request.unit) on \(on).",
                       "Next: the director's review (1 business day), preparation (1–4), the executive's approval (1) and delivery (1)."]
        case .endorsed:
            thai = ["ผู้อำนวยการเห็นชอบคำขอเมื่อวันที่ \(on) เจ้าหน้าที่กำลังจัดเตรียมข้อมูล"]
            english = ["The director endorsed the request on \(on); staff are preparing the data."]
        case .refused:
            thai = ["คำขอไม่ได้รับอนุมัติเมื่อวันที่ \(on)", "เหตุผล: \(reason ?? "—")"]
            english = ["The request was refused on \(on).", "Reason: \(reason ?? "—")"]
        case .approved:
            thai = ["คำขอได้รับอนุมัติเมื่อวันที่ \(on) ใช้ได้ถึงวันที่ \(end) เจ้าหน้าที่จะส่งมอบข้อมูลภายใน 1 วันทำการ"]
            english = ["The request was approved on \(on), valid until \(end). Staff will deliver within one business day."]
        case .delivered:
            thai = ["ส่งมอบข้อมูลผ่านช่องทางที่ตกลงไว้เมื่อวันที่ \(on) รหัสผ่านหรือกุญแจ (ถ้ามี) ส่งให้ผู้ประสานงานแยกต่างหาก ไม่อยู่ในอีเมลนี้"]
            english = ["The data was delivered through the agreed channel on \(on). Any key or password was handed over separately, never in this e-mail."]
        case .expiring30, .expiring7:
            let days = kind == .expiring30 ? 30 : 7
            thai = ["สิทธิ์การใช้ข้อมูลตามสัญญานี้จะสิ้นสุดวันที่ \(end) (อีก \(days) วัน) หากยังต้องการใช้ต่อ โปรดยื่นคำขอใหม่"]
            english = ["Access under this contract ends on \(end) (in \(days) days). To keep using the data, send a new request."]
        case .revoked:
            thai = ["สิทธิ์การใช้ข้อมูลถูกยกเลิกเมื่อวันที่ \(on)" + (reason.map { " (\($0))" } ?? "") + " โปรดลบข้อมูลที่ได้รับตามระยะเวลาที่ตกลงไว้"]
            english = ["Access was revoked on \(on)" + (reason.map { " (\($0))" } ?? "") + ". Please delete the data received as agreed."]
        case .expired:
            thai = ["สิทธิ์การใช้ข้อมูลสิ้นสุดเมื่อวันที่ \(end) โปรดลบข้อมูลที่ได้รับตามระยะเวลาที่ตกลงไว้"]
            english = ["Access ended on \(end). Please delete the data received as agreed."]
        case .overdue, .awaitingDelivery:
            let step = detail.flatMap(WorkflowStepKind.init(rawValue:))
            let budget = step?.budgetDays.map(String.init) ?? "—"
            thai = ["คำขอ \(contract.id) ของ\(contract.request.unit) รอขั้นตอน \"\(step?.thai ?? detail ?? "")\" มาแล้ว \(reason ?? "?") วันทำการ (กำหนด \(budget) วันทำการ)"]
            english = ["Request \(contract.id) from \(contract.request.unit) has waited \(reason ?? "?") business days for \"\(step?.english ?? detail ?? "")\" (budget \(budget))."]
        case .keyUnused:
            thai = ["กุญแจ API \(detail ?? "") ที่ออกให้\(contract.request.unit) เมื่อวันที่ \(reason ?? "") ยังไม่เคยถูกใช้ โปรดโทรสอบถามผู้ประสานงาน \(contract.request.coordinator.name) \(contract.request.coordinator.phone ?? "")"]
            english = ["API key \(detail ?? "") issued to \(contract.request.unit) on \(reason ?? "") has never been used. Please call the coordinator, \(contract.request.coordinator.name) \(contract.request.coordinator.phone ?? "")."]
        }
        let note = kind == .delivered ? handover(contract.id) : nil
        let greeting = (thai: "เรียน \(recipient.name ?? recipient.email)", english: "Dear \(recipient.name ?? recipient.email),")
        let facts = "สัญญา / Contract: \(contract.id) v\(contract.version) — \(contract.title)\nหน่วยงาน / Unit: \(contract.request.unit)\nโครงการ / Project: \(contract.request.project)"
        let signature = "สำนักทะเบียนและประมวลผล / Office of the Registrar — \(office.email)"
        var text = ([greeting.thai, ""] + thai + ["", greeting.english, ""] + english + ["", facts]).joined(separator: "\n")
        if let note { text += "\n\n" + note.text }
        text += "\n\n-- \n" + signature + "\n"
        func escaped(_ line: String) -> String {
            line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func paragraphs(_ lines: [String]) -> String { lines.map { "<p>\(escaped($0))</p>" }.joined() }
        var html = "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>\(escaped(kind.headline.english))</title></head><body>"
        html += "<p>\(escaped(greeting.thai))</p>" + paragraphs(thai)
        html += "<hr><p lang=\"en\">\(escaped(greeting.english))</p><div lang=\"en\">" + paragraphs(english) + "</div>"
        html += "<table>" + facts.split(separator: "\n").map { line -> String in
            let parts = line.split(separator: ":", maxSplits: 1).map(String.init)
            return "<tr><th align=\"left\">\(escaped(parts[0]))</th><td>\(escaped(parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""))</td></tr>"
        }.joined() + "</table>"
        if let note { html += "<hr>" + note.html }
        html += "<p><small>\(escaped(signature))</small></p></body></html>"
        return (text, html)
    }
}
