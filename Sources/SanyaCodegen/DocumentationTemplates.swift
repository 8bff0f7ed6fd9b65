import Mustache

/// The shared look of the generated documentation (the contract pages and the index themselves are in
/// `DocumentationPages.swift`).
enum DocumentationTemplates {
    /// A Mustache template of this module (the request page, the service-level report, the hand-over note).
    /// Templates are constants; a broken one is a programming error caught by every test.
    static func mustache(_ text: String) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            preconditionFailure("invalid documentation template: \(error)")
        }
    }
}
