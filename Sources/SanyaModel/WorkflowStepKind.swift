/// A step of the five-step request workflow, plus revocation.
public enum WorkflowStepKind: String, Sendable, Codable, CaseIterable {
    case submitted
    case endorsed
    case prepared
    case approved
    case delivered
    case revoked
    /// The request refused, with the reason.
    case rejected

    /// The step's name in the registrar's own words, for documentation.
    public var thai: String {
        switch self {
        case .submitted: "ยื่นบันทึกข้อความผ่าน e-Office"
        case .endorsed: "ผู้อำนวยการพิจารณาและลงนาม"
        case .prepared: "เจ้าหน้าที่จัดเตรียมข้อมูล"
        case .approved: "ตรวจสอบและอนุมัติ"
        case .delivered: "ส่งมอบข้อมูล"
        case .revoked: "ยกเลิกสิทธิ์"
        case .rejected: "ไม่อนุมัติคำขอ"
        }
    }

    /// The step's name in English.
    public var english: String {
        switch self {
        case .submitted: "memo and form through e-Office"
        case .endorsed: "the director reviews and endorses"
        case .prepared: "staff prepare the data"
        case .approved: "an executive checks and approves"
        case .delivered: "staff deliver through the agreed channel"
        case .revoked: "access revoked"
        case .rejected: "request refused"
        }
    }

    /// The business days W-REG6-001 gives the step, counted from the previous step; nil for a step the
    /// manual does not time (the memo itself, a revocation).
    public var budgetDays: Int? {
        switch self {
        case .endorsed, .approved, .delivered, .rejected: 1
        case .prepared: 4
        case .submitted, .revoked: nil
        }
    }
}
