import Foundation
import SanyaDiagnostics
import SanyaModel

/// The result of checking a repository: the catalog, the contracts that passed, and every diagnostic.
public struct CheckResult: Sendable {
    public var catalog: Catalog
    public var contracts: [Contract]
    /// The registrar's business days (`Contracts/calendar.yaml`; weekdays only when there is none).
    public var calendar: BusinessCalendar
    /// The data controller and DPO (`Contracts/controller.yaml`), for the record of processing; nil without one.
    public var controller: DataController?
    /// The decision makers and their keys (`Contracts/approvers.yaml`); empty without one.
    public var roster: ApproverRoster = .empty
    /// Contracts that resolved but whose signed decision does not stand (`ApprovalChecker`): never built or
    /// served, kept so that `sanya sign` can sign them again.
    public var unapproved: [Contract] = []
    public var diagnostics: [Diagnostic]
    public var files: [String]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public var report: DiagnosticReport { DiagnosticReport(diagnostics: diagnostics, files: files) }
}

/// A Sanya repository: `Contracts/catalog/` holds the schema catalog, `Contracts/calendar.yaml` the
/// registrar's holidays, every other YAML file under `Contracts/` is a contract.
public struct Project: Sendable {
    public let root: URL
    /// `Contracts/catalog/`, unless the project is checked against a catalog kept elsewhere (the tests' own).
    public let catalogDirectory: URL

    public init(root: URL, catalogDirectory: URL? = nil) {
        self.root = root.standardizedFileURL
        self.catalogDirectory = (catalogDirectory ?? root.appendingPathComponent("Contracts/catalog")).standardizedFileURL
    }

    public var contractsDirectory: URL { root.appendingPathComponent("Contracts") }
    public var generatedDirectory: URL { root.appendingPathComponent("Generated") }
    public var calendarFile: URL { contractsDirectory.appendingPathComponent("calendar.yaml") }
    public var controllerFile: URL { contractsDirectory.appendingPathComponent("controller.yaml") }
    /// The roster of decision makers and their keys (`RosterChecker`).
    public var rosterFile: URL { contractsDirectory.appendingPathComponent("approvers.yaml") }
    /// The files under `Contracts/` that are settings, not contracts.
    var settingsFiles: [URL] { [calendarFile, controllerFile, rosterFile] }

    /// Checks the catalog and the contracts.
    ///
    /// - Parameters:
    ///   - paths: contract files or folders to check; all of `Contracts/` when empty. The catalog is always read.
    ///   - today: the day expiry is judged against.
    /// Every file a check of the whole repository reads: the catalog's and every contract's.
    public var inputFiles: [URL] {
        yamlFiles(under: catalogDirectory) + contractFiles + settingsFiles.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Every contract file: the YAML under `Contracts/` that is neither the catalog nor the calendar.
    public var contractFiles: [URL] {
        let folder = contractsDirectory.path
        let settings = Set(settingsFiles.map(\.lastPathComponent))
        return yamlPaths(under: folder).filter { !$0.hasPrefix("catalog/") && !settings.contains($0) }.map { URL(fileURLWithPath: folder + "/" + $0) }
    }

    ///   - expiryNoticeDays: how long before `valid_until` a contract is reported as expiring.
    public func check(paths: [String] = [], today: LocalDate = .today(), expiryNoticeDays: Int = Vocabulary.expiryNoticeDays) -> CheckResult {
        let catalogFiles = yamlFiles(under: catalogDirectory)
        var contractFiles: [URL]
        if paths.isEmpty {
            contractFiles = self.contractFiles
        } else {
            contractFiles = []
            for path in paths {
                let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    contractFiles += yamlFiles(under: url).filter { !isInCatalog($0) }
                } else if !isInCatalog(url) {
                    contractFiles.append(url)
                }
            }
        }
        let catalogDocuments = catalogFiles.map { SourceDocument.load($0, displayPath: display($0)) }
        let contractDocuments = Self.loadConcurrently(contractFiles.map { ($0, display($0)) })
        var diagnostics = DiagnosticCollector()
        if catalogFiles.isEmpty {
            diagnostics.emit(.error(.catalogEmpty, "no catalog tables found in \(display(catalogDirectory))/", at: SourceLocation(file: display(catalogDirectory), line: 1, column: 1)))
        }
        let (catalog, catalogDiagnostics) = CatalogChecker().check(catalogDocuments)
        diagnostics.emit(contentsOf: catalogDiagnostics)
        var checker = ContractChecker(catalog: catalog, today: today)
        checker.expiryNoticeDays = expiryNoticeDays
        let (contracts, contractDiagnostics) = checker.check(contractDocuments)
        diagnostics.emit(contentsOf: contractDiagnostics)
        let calendarDocument = FileManager.default.fileExists(atPath: calendarFile.path) ? SourceDocument.load(calendarFile, displayPath: display(calendarFile)) : nil
        let (calendar, calendarDiagnostics) = CalendarChecker().check(calendarDocument)
        diagnostics.emit(contentsOf: calendarDiagnostics)
        let controllerDocument = FileManager.default.fileExists(atPath: controllerFile.path) ? SourceDocument.load(controllerFile, displayPath: display(controllerFile)) : nil
        let (controller, controllerDiagnostics) = ControllerChecker().check(controllerDocument)
        diagnostics.emit(contentsOf: controllerDiagnostics)
        let rosterDocument = FileManager.default.fileExists(atPath: rosterFile.path) ? SourceDocument.load(rosterFile, displayPath: display(rosterFile)) : nil
        let (roster, rosterDiagnostics) = RosterChecker().check(rosterDocument)
        diagnostics.emit(contentsOf: rosterDiagnostics)
        // Signatures are judged on the resolved contracts (their substance's digest); a contract whose
        // decision does not stand is not built or served, but `sanya sign` can still sign it again.
        let documents = Dictionary(contractDocuments.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let approvals = ApprovalChecker(roster: roster, today: today).check(contracts, documents: documents)
        diagnostics.emit(contentsOf: approvals.diagnostics)
        let settings = [calendarDocument, controllerDocument, rosterDocument].compactMap { $0 }
        return CheckResult(catalog: catalog, contracts: approvals.stand.sorted { $0.id < $1.id }, calendar: calendar, controller: controller,
                           roster: roster, unapproved: approvals.fail.sorted { $0.id < $1.id },
                           diagnostics: diagnostics.sorted, files: (catalogDocuments + contractDocuments + settings).map(\.path))
    }

    /// Reads and parses files on all cores; the order of the result follows the input.
    static func loadConcurrently(_ files: [(URL, String)]) -> [SourceDocument] {
        files.concurrentMap { SourceDocument.load($0.0, displayPath: $0.1) }
    }

    /// The catalog alone, with where each table's parts are written (for `sanya catalog import` and `verify`).
    public func catalogWithSources() -> (Catalog, [Diagnostic], [String: CatalogTableSource]) {
        let documents = yamlFiles(under: catalogDirectory).map { SourceDocument.load($0, displayPath: display($0)) }
        return CatalogChecker().checkWithSources(documents)
    }

    /// The catalog's files and the calendar are not contracts.
    private func isInCatalog(_ url: URL) -> Bool {
        url.standardizedFileURL.path.hasPrefix(catalogDirectory.path + "/") || settingsFiles.contains { $0.path == url.standardizedFileURL.path }
    }

    /// The path printed in diagnostics: relative to the repository root when inside it.
    public func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    public func yamlFiles(under directory: URL) -> [URL] {
        let root = directory.standardizedFileURL.path
        return yamlPaths(under: root).map { URL(fileURLWithPath: root + "/" + $0) }
    }

    /// The YAML files under a folder, relative to it, sorted. Folders named like YAML files are listed too,
    /// so that the checker says they cannot be read.
    private func yamlPaths(under root: String) -> [String] {
        DirectoryListing.entries(under: root).map(\.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }
}
