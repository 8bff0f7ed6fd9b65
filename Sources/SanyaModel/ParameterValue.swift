
/// A client's parameter value, validated against its declared kind: the model's typed literal.
public typealias ParameterValue = Literal

/// What a placeholder is bound to.
public enum BoundArgument: Sendable, Equatable {
    /// An optional parameter the client did not send: binds NULL, and its condition is skipped.
    case absent
    case value(ParameterValue)
    case list([ParameterValue])
}
