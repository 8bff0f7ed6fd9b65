import SanyaDiagnostics
import SanyaModel
import SanyaSignatures

/// Reads the roster of decision makers, `Contracts/approvers.yaml`:
///
/// ```yaml
/// signatures:
///   required_from: 2026-12-01      # steps dated from this day on must be signed
/// approvers:
///   - name: ผศ.ดร.สมชาย ใจดี
///     role: director
///     steps: [endorsed]
///     key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… somchai@registrar
///     valid_from: 2025-10-01
///     valid_until: 2027-09-30      # optional: the last day they may sign
///     revoked: 2026-12-20          # optional: from this day the key is not trusted at all
/// ```
public struct RosterChecker {
    static let topKeys = ["signatures", "approvers"]
    static let signatureKeys = ["required_from"]
    static let approverKeys = ["name", "role", "steps", "key", "valid_from", "valid_until", "revoked"]

    public init() {}

    public func check(_ document: SourceDocument?) -> (ApproverRoster, [Diagnostic]) {
        guard let document else { return (.empty, []) }
        let reader = SyntaxReader()
        var roster = ApproverRoster.empty
        if let root = document.root, let map = reader.mapping(root, "the roster of approvers", keys: Self.topKeys) {
            if let settings = reader.mapping(map.optional("signatures"), "the signature settings", keys: Self.signatureKeys) {
                roster.requiredFrom = settings.optional("required_from").flatMap { reader.date($0, "required_from") }
            }
            var names: [String: SyntaxNode] = [:]
            for item in reader.list(map.required("approvers"), "the approvers") ?? [] {
                guard let entry = reader.mapping(item, "an approver", keys: Self.approverKeys) else { continue }
                let name = reader.string(entry.required("name"), "the approver's name")
                let role = reader.string(entry.required("role"), "the approver's role")
                var steps: [WorkflowStepKind] = []
                for stepNode in reader.listOrScalar(entry.required("steps"), "the steps they sign") ?? [] {
                    guard let step = reader.choice(stepNode, "step", WorkflowStepKind.self) else { continue }
                    guard ApprovalStatement.signedSteps.contains(step) else {
                        reader.error(.invalidValue, "'\(step.rawValue)' is not a step a decision maker signs", at: stepNode,
                                     note: "signed steps: \(ApprovalStatement.signedSteps.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    steps.append(step)
                }
                var key: String?
                if let keyNode = entry.required("key"), let text = reader.string(keyNode, "the public key") {
                    if SSHPublicKey(openSSH: text) != nil { key = text } else {
                        reader.error(.invalidValue, "the key is not an Ed25519 public key in OpenSSH form", at: keyNode,
                                     note: "paste the line of the signer's .pub file: ssh-ed25519 AAAA… (ssh-keygen -t ed25519 makes one)")
                    }
                }
                let from = reader.date(entry.required("valid_from"), "valid_from")
                let until = entry.optional("valid_until").flatMap { reader.date($0, "valid_until") }
                let revoked = entry.optional("revoked").flatMap { reader.date($0, "revoked") }
                if let name, let first = names[name] {
                    reader.error(.invalidValue, "'\(name)' is already in the roster (line \(first.location.line))", at: item,
                                 note: "give one entry a person, with every step they sign")
                    continue
                }
                guard let name, let role, let key, let from, !steps.isEmpty else { continue }
                names[name] = item
                roster.approvers.append(.init(name: name, role: role, steps: steps, key: key, validFrom: from, validUntil: until, revokedOn: revoked))
            }
        }
        return (roster, document.diagnostics + reader.diagnostics)
    }
}
