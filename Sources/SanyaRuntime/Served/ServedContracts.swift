import Foundation
import SanyaModel
import SanyaSignatures
import Synchronization

/// The handler definitions being served: loaded from `Generated/handlers/`, swapped whole on reload so
/// that a request sees one consistent set from start to end.
public struct ServedContracts: Sendable {
    public let definitions: [String: HandlerDefinition]
    /// Approved contracts whose signed decision does not verify against the roster, with the reason: not
    /// served, whatever their status says.
    public let refused: [String: String]
    /// Where the definitions came from, and the newest modification time there, to notice changes.
    public let directory: URL
    let fingerprint: String

    /// Reads every `*.json` handler definition of a folder.
    ///
    /// - Throws: when a file cannot be read or decoded; the set being served then stays as it was.
    /// - Parameter today: the day the roster's revocations are judged against.
    public static func load(from directory: URL, today: LocalDate = .today()) throws -> ServedContracts {
        let fm = FileManager.default
        let files = ((try? fm.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey])) ?? [])
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        var definitions: [String: HandlerDefinition] = [:]
        let decoder = JSONDecoder()
        for file in files {
            let data = try Data(contentsOf: file)
            let format = (try? decoder.decode(FormatProbe.self, from: data))?.formatVersion
            guard format == HandlerDefinition.currentFormat else {
                throw HandlerFormatError(file: file.lastPathComponent, found: format)
            }
            let definition = try decoder.decode(HandlerDefinition.self, from: data)
            definitions[definition.contract] = definition
        }
        // The roster `sanya build` wrote beside the handlers; without one, no approval needs a signature and a
        // signed one cannot verify.
        let rosterFile = directory.deletingLastPathComponent().appendingPathComponent(ApproverRoster.generatedFile)
        let roster = fm.fileExists(atPath: rosterFile.path) ? try decoder.decode(ApproverRoster.self, from: Data(contentsOf: rosterFile)) : .empty
        let judge = ApprovalJudge(roster: roster, today: today)
        var refused: [String: String] = [:]
        for (id, definition) in definitions where definition.status == .approved {
            if let reason = judge.refusal(of: definition) { refused[id] = reason }
        }
        for id in refused.keys { definitions[id] = nil }
        return ServedContracts(definitions: definitions, refused: refused, directory: directory, fingerprint: fingerprint(of: directory))
    }

    /// A summary of the folder's files and their modification times, and of the roster beside it.
    static func fingerprint(of directory: URL) -> String {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])) ?? []
        let roster = directory.deletingLastPathComponent().appendingPathComponent(ApproverRoster.generatedFile)
        return (files.sorted { $0.path < $1.path } + [roster]).map { url in
            let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
            return "\(url.lastPathComponent):\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0):\(values?.fileSize ?? 0)"
        }.joined(separator: "|")
    }

    /// The contracts served over HTTP today: approved, unexpired, `api-get` or `api-post`.
    public func served(on day: LocalDate) -> [HandlerDefinition] {
        definitions.values.filter { $0.method.isServed && $0.isInForce(on: day) }.sorted { $0.contract < $1.contract }
    }
}

/// Just the format version of a handler definition file, read before the rest.
private struct FormatProbe: Decodable {
    let formatVersion: Int?
}

/// A handler definition of a shape this runtime does not read: written by another version of `sanya build`.
public struct HandlerFormatError: Error, CustomStringConvertible {
    public let file: String
    public let found: Int?

    public var description: String {
        "\(file) is handler format \(found.map(String.init) ?? "1 (unversioned)"); this runtime reads format \(HandlerDefinition.currentFormat): "
            + "run this version's 'sanya build' to regenerate Generated/, or run the runtime that built it"
    }
}

/// Holds the current `ServedContracts` and swaps it atomically.
public final class ContractRegistry: Sendable {
    private let current: Mutex<ServedContracts>

    public init(_ contracts: ServedContracts) {
        current = Mutex(contracts)
    }

    public var contracts: ServedContracts { current.withLock { $0 } }

    /// Reloads from disk; on failure keeps serving the previous set and rethrows.
    @discardableResult
    public func reload() throws -> ServedContracts {
        let fresh = try ServedContracts.load(from: contracts.directory)
        current.withLock { $0 = fresh }
        return fresh
    }

    /// Reloads when the folder's files changed since the last load.
    public func reloadIfChanged() throws -> Bool {
        let snapshot = contracts
        guard ServedContracts.fingerprint(of: snapshot.directory) != snapshot.fingerprint else { return false }
        try reload()
        return true
    }
}
