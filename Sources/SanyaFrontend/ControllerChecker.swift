import SanyaDiagnostics
import SanyaModel

/// The data controller and its data protection officer, as the record of processing (PDPA s.39) names them:
/// what no contract says. From `Contracts/controller.yaml`:
///
/// ```yaml
/// controller:
///   name: { th: …, en: … }
///   address: …
///   phone: 02-329-8000
///   email: registrar@example.ac.th
/// dpo: { name: …, phone: …, email: … }
/// ```
public struct DataController: Hashable, Sendable, Codable {
    public struct Contact: Hashable, Sendable, Codable {
        public var name: String
        public var phone: String
        public var email: String
    }

    public var name: Bilingual
    public var address: String
    public var phone: String
    public var email: String
    public var dpo: Contact
}

public struct ControllerChecker {
    static let topKeys = ["controller", "dpo"]
    static let controllerKeys = ["name", "address", "phone", "email"]
    static let nameKeys = ["th", "en"]
    static let contactKeys = ["name", "phone", "email"]

    public init() {}

    public func check(_ document: SourceDocument?) -> (DataController?, [Diagnostic]) {
        guard let document else { return (nil, []) }
        let reader = SyntaxReader()
        var controller: DataController?
        if let root = document.root, let map = reader.mapping(root, "the controller file", keys: Self.topKeys) {
            let organisation = reader.mapping(map.required("controller"), "the data controller", keys: Self.controllerKeys)
            let names = organisation.flatMap { reader.mapping($0.required("name"), "the controller's name", keys: Self.nameKeys) }
            let th = names.flatMap { reader.string($0.required("th"), "the name in Thai") }
            let en = names.flatMap { reader.string($0.required("en"), "the name in English") }
            let address = organisation.flatMap { reader.string($0.required("address"), "the address") }
            let phone = organisation.flatMap { readPhone(reader, $0.required("phone")) }
            let email = organisation.flatMap { readEmail(reader, $0.required("email")) }
            let dpo = reader.mapping(map.required("dpo"), "the data protection officer", keys: Self.contactKeys)
            let dpoName = dpo.flatMap { reader.string($0.required("name"), "the DPO's name") }
            let dpoPhone = dpo.flatMap { readPhone(reader, $0.required("phone")) }
            let dpoEmail = dpo.flatMap { readEmail(reader, $0.required("email")) }
            if let th, let en, let address, let phone, let email, let dpoName, let dpoPhone, let dpoEmail {
                controller = DataController(name: Bilingual(en: en, th: th), address: address, phone: phone, email: email,
                                            dpo: .init(name: dpoName, phone: dpoPhone, email: dpoEmail))
            }
        }
        return (controller, document.diagnostics + reader.diagnostics)
    }

    private func readPhone(_ reader: SyntaxReader, _ node: SyntaxNode?) -> String? {
        guard let node, let text = reader.string(node, "the phone number") else { return nil }
        guard FormRule.phone.accepts(text) else {
            reader.error(.invalidPhone, "'\(text)' is not a phone number", at: node, note: "write it as \(FormRule.phone.hint)")
            return nil
        }
        return text
    }

    private func readEmail(_ reader: SyntaxReader, _ node: SyntaxNode?) -> String? {
        guard let node, let text = reader.string(node, "the e-mail address") else { return nil }
        guard FormRule.email.accepts(text) else {
            reader.error(.invalidEmail, "'\(text)' is not an e-mail address", at: node)
            return nil
        }
        return text
    }
}
