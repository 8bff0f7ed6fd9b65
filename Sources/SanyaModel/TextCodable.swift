/// A value written as its text in JSON and YAML (a date as `2026-11-26`, a network as `10.0.0.0/24`): it
/// decodes from the text its `description` writes, and refuses text it cannot read.
public protocol TextCodable: Codable, CustomStringConvertible {
    init?(_ text: String)
    /// What the value is, for the refusal: "a date".
    static var textKind: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not \(Self.textKind): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
