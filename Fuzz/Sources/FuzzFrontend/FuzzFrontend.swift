import Foundation
import SanyaFrontend
import SanyaModel
import SanyaSignatures

/// One input of libFuzzer: read as a contract file (YAML composer, then the contract checker against the
/// repository's catalog), as a catalog table file (the catalog checker), as the roster of decision makers
/// (their SSH public keys), and as an armored SSH signature. Anything but a crash, a hang or a leak is fine:
/// a damaged file must only ever give diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontend(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let document = SourceDocument.parse(data, displayPath: "fuzz.yaml")
    _ = ContractChecker(catalog: Repository.catalog, today: Repository.today).check([document])
    _ = CatalogChecker().check([document])
    _ = RosterChecker().check(document)
    let text = String(decoding: data, as: UTF8.self)
    _ = SSHSignature(armored: text)?.verifies(data, namespace: ApprovalStatement.namespace)
    _ = SSHPublicKey(openSSH: text)
    return 0
}

enum Repository {
    /// The repository's catalog, read once: `SANYA_ROOT`, else the folder above `Fuzz/`.
    static let catalog: Catalog = {
        let root = ProcessInfo.processInfo.environment["SANYA_ROOT"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let catalog = Project(root: root).check(paths: ["/nonexistent"], today: today).catalog
        precondition(!catalog.tables.isEmpty, "no catalog under \(root.path)/Contracts/catalog")
        return catalog
    }()
    static let today = LocalDate("2026-11-26")!
}
