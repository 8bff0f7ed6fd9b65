import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// Finds where a part of a contract or catalog file is written, so that a finding points at its line.
struct SourceLocator {
    let file: String
    let root: SyntaxNode?

    init(repository: URL, file: String) {
        self.file = file
        self.root = SourceDocument.load(repository.appendingPathComponent(file), displayPath: file).root
    }

    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The value at a path of mapping keys, or the deepest part of the path that exists, or the file's start.
    func at(_ keys: String...) -> SourceLocation {
        node(keys)?.location ?? start
    }

    func node(_ keys: [String]) -> SyntaxNode? {
        var current = root
        var found: SyntaxNode?
        for key in keys {
            guard case .mapping(let pairs)? = current?.kind, let pair = pairs.first(where: { $0.key == key }) else { break }
            current = pair.value
            found = pair.value
        }
        return found
    }

    /// The item of the list at `keys` that `matches`, or the list itself.
    func item(_ keys: [String], where matches: (SyntaxNode) -> Bool) -> SourceLocation {
        guard let list = node(keys) else { return at(keys.first ?? "contract") }
        if case .sequence(let items) = list.kind, let item = items.first(where: matches) { return item.location }
        return list.location
    }

    static func value(_ node: SyntaxNode, _ key: String) -> String? {
        guard case .mapping(let pairs) = node.kind else { return nil }
        return pairs.first { $0.key == key }?.value.scalar?.text
    }

    /// A field of `data.fields` by its output name.
    func field(_ name: String) -> SourceLocation {
        item(["data", "fields"]) { node in
            if let text = node.scalar?.text { return text.split(separator: ".").last.map(String.init) == name }
            if let given = Self.value(node, "name") { return given == name }
            return Self.value(node, "column")?.split(separator: ".").last.map(String.init) == name
        }
    }

    func parameter(_ name: String) -> SourceLocation {
        item(["data", "parameters"]) { Self.value($0, "name") == name }
    }

    func filter(_ path: String) -> SourceLocation {
        item(["data", "where"]) { Self.value($0, "column") == path }
    }

    /// A `has:` / `has_no:` condition of `data.where`.
    func childRows(_ condition: ChildRows) -> SourceLocation {
        item(["data", "where"]) { Self.value($0, condition.negated ? "has_no" : "has") == condition.path }
    }

    func allowEntry(_ rule: ClientRule) -> SourceLocation {
        item(["delivery", "allow"]) { node in node.scalar.flatMap { ClientRule(parsing: $0.text) } == rule }
    }

    func format(_ format: OutputFormat) -> SourceLocation {
        item(["delivery", "formats"]) { $0.scalar?.text == format.rawValue }
    }

    /// A column of a catalog table file.
    func catalogColumn(_ name: String) -> SourceLocation {
        item(["columns"]) { Self.value($0, "name") == name }
    }

    func catalogRelation(_ name: String) -> SourceLocation {
        item(["foreign_keys"]) { Self.value($0, "name") == name }
    }
}
