import Crypto
import Foundation
import SanyaModel

extension ContractSubstance {
    /// `sha256:` and the hex SHA-256 of the substance as canonical JSON (sorted keys): what a signature covers.
    public var digest: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return "sha256:" + SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// Decides whether a signed workflow step stands, against the roster: the one judgement of `sanya check`
/// (located errors), `sanya sign` (before it writes) and the runtime (which serves only what stands).
public struct ApprovalJudge: Sendable {
    public enum Verdict: Equatable, Sendable {
        /// Signed by the roster's approver for the step, within their validity, over this substance.
        case valid(ApproverRoster.Approver)
        /// No signature where the roster requires one.
        case unsigned
        /// Not needed and not given (before `required_from`, or no roster).
        case notRequired
        /// Not an SSH signature, or one that does not verify (a forged or damaged signature).
        case invalid(String)
        /// Made with a key the roster does not give this person for this step (a forged `by:`, a stranger's key).
        case notRostered(String)
        /// The signer's validity did not cover the step's date.
        case signerExpired(ApproverRoster.Approver)
        /// The signer's key is revoked.
        case signerRevoked(ApproverRoster.Approver)
        /// A good signature over another substance: the contract changed after it was signed.
        case stale

        /// Why the step's decision does not stand, in the words of the checker's error and the runtime's log;
        /// nil when it stands.
        public func reason(for step: SignedStep, roster: ApproverRoster) -> String? {
            let name = step.step.rawValue
            return switch self {
            case .valid, .notRequired: nil
            case .unsigned: "the '\(name)' step is not signed, and the roster requires signed decisions from \(roster.requiredFrom.map(\.description) ?? "now")"
            case .invalid(let why): "the signature of the '\(name)' step is not valid: \(why)"
            case .notRostered(let why): "the signature of the '\(name)' step does not count: \(why)"
            case .signerExpired(let approver): "\(approver.name) could sign from \(approver.validFrom)\(approver.validUntil.map { " to \($0)" } ?? ""), not on \(step.on)"
            case .signerRevoked(let approver): "\(approver.name)'s key was revoked on \(approver.revokedOn.map(\.description) ?? "?"): no signature made with it counts"
            case .stale: "the contract changed after the '\(name)' step was signed: what it discloses is not what \(step.by) decided"
            }
        }
    }

    public let roster: ApproverRoster
    public let today: LocalDate

    public init(roster: ApproverRoster, today: LocalDate) {
        self.roster = roster
        self.today = today
    }

    /// - Parameter substance: what the contract decides now; its digest is taken only for a signature that
    ///   verifies, so unsigned contracts cost nothing.
    public func judge(contract: String, version: Int, step: SignedStep, substance: ContractSubstance) -> Verdict {
        guard let signature = step.signature else {
            return roster.requiresSignature(on: step.on) ? .unsigned : .notRequired
        }
        guard let sshsig = SSHSignature(armored: signature.sshsig) else {
            return .invalid("the signature is not an Ed25519 SSH signature (SSHSIG)")
        }
        guard sshsig.namespace == ApprovalStatement.namespace else {
            return .invalid("the signature was made for '\(sshsig.namespace)', not for Sanya approvals ('\(ApprovalStatement.namespace)')")
        }
        let holders = roster.approvers.filter { SSHPublicKey(openSSH: $0.key) == sshsig.publicKey }
        guard !holders.isEmpty else { return .notRostered("it was made with a key that is not in the roster") }
        guard let approver = holders.first(where: { $0.name == step.by }) else {
            return .notRostered("it was made with \(holders[0].name)'s key, but the step names \(step.by)")
        }
        guard approver.steps.contains(step.step) else {
            return .notRostered("\(approver.name) (\(approver.role)) may not sign the '\(step.step.rawValue)' step")
        }
        let statement = ApprovalStatement.text(contract: contract, version: version, step: step.step, by: step.by, on: step.on, digest: signature.digest)
        guard sshsig.verifies(Data(statement.utf8), namespace: ApprovalStatement.namespace) else {
            return .invalid("the signature does not verify for this contract, step, person and date")
        }
        if let revoked = approver.revokedOn, revoked <= today { return .signerRevoked(approver) }
        if step.on < approver.validFrom || approver.validUntil.map({ step.on > $0 }) == true { return .signerExpired(approver) }
        return signature.digest == substance.digest ? .valid(approver) : .stale
    }

    /// Whether every signed step of a handler stands; the reason of the first that does not.
    public func refusal(of definition: HandlerDefinition) -> String? {
        definition.approvals.lazy.compactMap { step in
            judge(contract: definition.contract, version: definition.version, step: step, substance: definition.substance).reason(for: step, roster: roster)
        }.first
    }
}
