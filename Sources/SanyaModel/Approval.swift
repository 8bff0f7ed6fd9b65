/// A decision maker's signature on a workflow step (the director's endorsement, the executive's approval):
/// an SSH signature (SSHSIG, as `ssh-keygen -Y sign` makes it) over the step's `ApprovalStatement`, and the
/// digest of the contract's substance it was made for.
public struct ApprovalSignature: Hashable, Sendable, Codable {
    /// `sha256:` and the hex SHA-256 of the contract's substance when it was signed.
    public var digest: String
    /// The armored signature, `-----BEGIN SSH SIGNATURE-----` … `-----END SSH SIGNATURE-----`.
    public var sshsig: String

    public init(digest: String, sshsig: String) {
        self.digest = digest
        self.sshsig = sshsig
    }
}

/// What a decision maker signs: one text naming the contract, the step, who, when, and the digest of what
/// the contract discloses. Defined once for `sanya sign`, the checker and the runtime.
public enum ApprovalStatement {
    /// The SSHSIG namespace of approvals, so that a signature made for anything else never counts as one.
    public static let namespace = "sanya-approval"
    /// The workflow steps that a decision maker signs.
    public static let signedSteps: [WorkflowStepKind] = [.endorsed, .approved]

    /// Who signs a step, in the office's words.
    public static func signerNoun(_ step: WorkflowStepKind) -> String {
        step == .endorsed ? "the director" : "the approving executive"
    }

    public static func text(contract: String, version: Int, step: WorkflowStepKind, by: String, on day: LocalDate, digest: String) -> String {
        """
        sanya approval 1
        contract: \(contract)
        version: \(version)
        step: \(step.rawValue)
        by: \(by)
        date: \(day)
        substance: \(digest)

        """
    }
}

/// A signed step as the runtime verifies it: the statement's parts and the signature.
public struct SignedStep: Hashable, Sendable, Codable {
    public var step: WorkflowStepKind
    public var by: String
    public var on: LocalDate
    public var signature: ApprovalSignature?

    public init(step: WorkflowStepKind, by: String, on: LocalDate, signature: ApprovalSignature?) {
        self.step = step
        self.by = by
        self.on = on
        self.signature = signature
    }
}

extension WorkflowStep {
    /// How the step was decided, for the pages, notes and records: signed, with the start of the digest of
    /// what was decided; nil for a step without a signature.
    public var signatureSummary: String? {
        signature.map { "signed with their SSH key over \($0.digest.prefix(19))… · ลงนามด้วยกุญแจ SSH" }
    }
}

extension Workflow {
    /// Who decided, for the hand-over note, the record of processing and the service-level report:
    /// "endorsed by X (signed), 2026-01-06; approved by Y (signed), 2026-01-08".
    public var decisions: String {
        ApprovalStatement.signedSteps.compactMap { kind in
            step(kind).map { "\(kind.rawValue) by \($0.by)\($0.signature == nil ? "" : " (signed)"), \($0.on)" }
        }.joined(separator: "; ")
    }

    /// The steps a decision maker signs, as the checker judges them and the handler carries them.
    public var signedSteps: [SignedStep] {
        ApprovalStatement.signedSteps.compactMap { kind in
            step(kind).map { SignedStep(step: kind, by: $0.by, on: $0.on, signature: $0.signature) }
        }
    }
}

/// The repository's roster of decision makers (`Contracts/approvers.yaml`): who may sign which step, with
/// which key, from when until when; and from which day approvals must be signed.
public struct ApproverRoster: Hashable, Sendable, Codable {
    public struct Approver: Hashable, Sendable, Codable {
        public var name: String
        /// Director, deputy director, executive …, as the office calls the position.
        public var role: String
        public var steps: [WorkflowStepKind]
        /// The public key as an `allowed_signers` or `authorized_keys` line has it: `ssh-ed25519 AAAA…`.
        public var key: String
        public var validFrom: LocalDate
        /// The last day the person may sign (they leave, or their term ends); signatures dated after it fail.
        public var validUntil: LocalDate?
        /// From this day the key is not trusted at all (lost, or leaked): every signature made with it fails.
        public var revokedOn: LocalDate?

        public init(name: String, role: String, steps: [WorkflowStepKind], key: String, validFrom: LocalDate, validUntil: LocalDate?, revokedOn: LocalDate?) {
            self.name = name
            self.role = role
            self.steps = steps
            self.key = key
            self.validFrom = validFrom
            self.validUntil = validUntil
            self.revokedOn = revokedOn
        }
    }

    public var approvers: [Approver]
    /// Steps dated on or after this day must be signed; nil while the office has not adopted signing.
    public var requiredFrom: LocalDate?

    public init(approvers: [Approver], requiredFrom: LocalDate?) {
        self.approvers = approvers
        self.requiredFrom = requiredFrom
    }

    public static let empty = ApproverRoster(approvers: [], requiredFrom: nil)
    /// Where `sanya build` writes the roster in `Generated/`, for the runtime.
    public static let generatedFile = "approvers.json"

    /// Whether a step dated `day` must carry a signature.
    public func requiresSignature(on day: LocalDate) -> Bool {
        requiredFrom.map { day >= $0 } ?? false
    }
}
