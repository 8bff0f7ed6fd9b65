import Foundation
import Synchronization

/// The part of `Generated/openapi.json` a unit's client may read: the paths of its own contracts and the
/// components they reference (their row schemas, the shared errors and paging parameters), nothing of the
/// other units' contracts.
///
/// The document is parsed once per change of the file and filtered per request; only the documentation
/// reads it, never a data request.
final class OpenAPIView: Sendable {
    private let url: URL
    private let cached = Mutex<(modified: Date, document: Parsed)?>(nil)

    /// A parsed document, never changed once made (filtering copies it), so it may be shared across requests.
    private final class Parsed: @unchecked Sendable {
        let value: [String: Any]
        init(_ value: [String: Any]) { self.value = value }
    }

    init(url: URL) {
        self.url = url
    }

    /// The document restricted to the routes, as JSON; nil when `Generated/` has no OpenAPI document.
    func document(forRoutes routes: Set<String>) throws -> Data? {
        guard let full = try load() else { return nil }
        var document = full
        let paths = (full["paths"] as? [String: Any]) ?? [:]
        document["paths"] = paths.filter { routes.contains($0.key) }
        if let components = full["components"] as? [String: [String: Any]] {
            document["components"] = Self.referenced(from: document["paths"]!, in: components)
        }
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    private func load() throws -> [String: Any]? {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date else { return nil }
        if let hit = cached.withLock({ $0 }), hit.modified == modified { return hit.document.value }
        guard let data = FileManager.default.contents(atPath: url.path),
              let document = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let parsed = Parsed(document)
        cached.withLock { $0 = (modified, parsed) }
        return document
    }

    /// The components reachable through `$ref` from `root`, transitively, in their sections.
    static func referenced(from root: Any, in components: [String: [String: Any]]) -> [String: [String: Any]] {
        var kept: [String: [String: Any]] = [:]
        var pending = references(in: root)
        var seen = Set<String>()
        while let reference = pending.popLast() {
            guard seen.insert(reference).inserted else { continue }
            let parts = reference.split(separator: "/").map(String.init)
            guard parts.count == 4, parts[0] == "#", parts[1] == "components", let value = components[parts[2]]?[parts[3]] else { continue }
            kept[parts[2], default: [:]][parts[3]] = value
            pending += references(in: value)
        }
        return kept
    }

    private static func references(in value: Any) -> [String] {
        switch value {
        case let object as [String: Any]:
            var found = (object["$ref"] as? String).map { [$0] } ?? []
            for (key, member) in object where key != "$ref" { found += references(in: member) }
            return found
        case let array as [Any]:
            return array.flatMap { references(in: $0) }
        default:
            return []
        }
    }
}
