/// HTML under construction, written like a template: an interpolated value is escaped as Mustache's `{{…}}`
/// escapes it (`& < > " '`, see `htmlEscaped`) unless it is written `\(raw: …)` or is itself `HTMLText` (an
/// optional piece: nothing when nil); the literal text is markup.
public struct HTMLText: ExpressibleByStringInterpolation, Sendable {
    public var text: String

    public init(raw text: String) { self.text = text }
    public init(stringLiteral value: String) { text = value }
    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    public static func += (page: inout HTMLText, piece: HTMLText) { page.text += piece.text }

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""
        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity + 16 * interpolationCount) }
        public mutating func appendLiteral(_ literal: String) { text += literal }
        public mutating func appendInterpolation(_ value: String) { text += value.htmlEscaped }
        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
        public mutating func appendInterpolation(raw value: String) { text += value }
        /// A piece of HTML built already; nothing when there is none.
        public mutating func appendInterpolation(_ piece: HTMLText?) { text += piece?.text ?? "" }
    }
}
