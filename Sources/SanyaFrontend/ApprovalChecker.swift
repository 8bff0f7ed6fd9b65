import SanyaDiagnostics
import SanyaModel
import SanyaSignatures

/// Judges every signed step of the resolved contracts against the roster (`ApprovalJudge`), at the step's
/// line: `APPROVAL_UNSIGNED`, `APPROVAL_INVALID`, `APPROVAL_NOT_ROSTERED`, `APPROVAL_SIGNER_EXPIRED`,
/// `APPROVAL_SIGNER_REVOKED`, `APPROVAL_STALE`. An approved or revoked contract's failing step is an error
/// (it is not served); a draft's is a warning, settled before approval.
struct ApprovalChecker {
    let roster: ApproverRoster
    let today: LocalDate

    func check(_ contracts: [Contract], documents: [String: SourceDocument]) -> (stand: [Contract], fail: [Contract], diagnostics: [Diagnostic]) {
        let judge = ApprovalJudge(roster: roster, today: today)
        var stand: [Contract] = [], fail: [Contract] = [], diagnostics: [Diagnostic] = []
        for contract in contracts {
            let substance = ContractSubstance(contract)
            let workflowNode = documents[contract.source]?.root?.child("workflow")
            let severity: Diagnostic.Severity = contract.status == .draft ? .warning : .error
            var failed = false
            for step in contract.workflow.signedSteps {
                let node = workflowNode?.child(step.step.rawValue)
                let location = node?.keyLocation("signature") ?? node?.location ?? SourceLocation(file: contract.source, line: 1, column: 1)
                let resign = "\(ApprovalStatement.signerNoun(step.step)) signs again: sanya sign \(contract.id) --step \(step.step.rawValue) --by '\(step.by)' --key …"
                let verdict = judge.judge(contract: contract.id, version: contract.version, step: step, substance: substance)
                let finding: (DiagnosticCode, String)? = switch verdict {
                case .valid, .notRequired: nil
                case .unsigned: (.approvalUnsigned, "\(ApprovalStatement.signerNoun(step.step)) signs it: sanya sign \(contract.id) --step \(step.step.rawValue) --by '\(step.by)' --key …")
                case .invalid: (.approvalInvalid, resign)
                case .notRostered: (.approvalNotRostered, "only a person the roster (Contracts/approvers.yaml) names for this step can sign it; " + resign)
                case .signerExpired: (.approvalSignerExpired, "a person in office on the step's date signs it again; " + resign)
                case .signerRevoked(let approver): (.approvalSignerRevoked, "\(approver.name) signs again with a new key in the roster; " + resign)
                case .stale: (.approvalStale, "review the change (sanya diff), then " + resign)
                }
                if let (code, note) = finding, let message = verdict.reason(for: step, roster: roster) {
                    diagnostics.append(Diagnostic(severity, code, message, at: location, note: note))
                    failed = failed || severity == .error
                }
            }
            if failed { fail.append(contract) } else { stand.append(contract) }
        }
        return (stand, fail, diagnostics)
    }
}
