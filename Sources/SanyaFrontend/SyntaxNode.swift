import SanyaDiagnostics

/// A node of a contract or catalog document as written, with the position of its first character.
///
/// The syntax tree keeps every scalar as text (plus whether it was quoted) so that the checker, not the
/// YAML library, decides what `2026-05-01` or `010` means, and can point at it when it is wrong.
public struct SyntaxNode: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case sequence([SyntaxNode])
        case mapping([SyntaxPair])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The node's shape in the words diagnostics use.
    public var shape: String {
        switch kind {
        case .scalar(let scalar) where scalar.isNull: "nothing"
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    public var scalar: Scalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }
}

/// A scalar as written: its text and whether it was plain (unquoted).
public struct Scalar: Sendable {
    public var text: String
    public var plain: Bool

    public init(text: String, plain: Bool) {
        self.text = text
        self.plain = plain
    }

    /// A plain `~`, `null` or empty scalar: YAML's null.
    public var isNull: Bool { plain && ["", "~", "null", "Null", "NULL"].contains(text) }
}

/// A key and its value in a mapping.
public struct SyntaxPair: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: SyntaxNode

    public init(key: String, keyLocation: SourceLocation, value: SyntaxNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
