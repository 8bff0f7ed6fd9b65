import Foundation

/// Where a notice stands in the record of what `sanya notify` sent.
public enum NoticeState: String, Sendable, Codable {
    /// A run is sending it now (or died while sending it: after a while another run may take it over).
    case claimed
    case sent
    /// The mail server refused the recipient for good; logged, not sent again.
    case refused
}

/// One notice to one recipient, as recorded in the runtime's state database.
public struct NoticeRecord: Sendable, Equatable {
    /// The notice's identity (`Notice.key`): contract, version, kind, detail and recipient.
    public var key: String
    public var contract: String
    public var kind: String
    public var recipient: String
    public var messageID: String
    public var state: NoticeState
    public var claimedAt: Date
    public var sentAt: Date?
    /// The server's answer for a refused recipient.
    public var detail: String?

    public init(key: String, contract: String, kind: String, recipient: String, messageID: String, state: NoticeState,
                claimedAt: Date, sentAt: Date? = nil, detail: String? = nil) {
        self.key = key
        self.contract = contract
        self.kind = kind
        self.recipient = recipient
        self.messageID = messageID
        self.state = state
        self.claimedAt = claimedAt
        self.sentAt = sentAt
        self.detail = detail
    }
}
