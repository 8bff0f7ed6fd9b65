import CYaml
import SanyaDiagnostics
import SanyaModel

/// Builds a `SyntaxNode` tree from YAML text, with positions, and never crashes or hangs on input.
///
/// Yams' composer reports a duplicate key at its first occurrence and expands aliases without bound,
/// so Sanya composes from libyaml's events (the C parser Yams bundles) itself: duplicate keys are
/// reported where the second one stands, alias expansion is capped (an alias bomb gets a located
/// error instead of exponential work), nesting depth is bounded, and a second document is an error.
struct YAMLComposer {
    /// The most nodes a document may expand to through aliases.
    static let aliasExpansionLimit = 10_000
    /// The deepest nesting of lists and mappings accepted.
    static let depthLimit = 64

    let file: String
    let text: String

    private struct Failure: Error {
        var diagnostic: Diagnostic
    }

    private struct Anchored {
        var node: SyntaxNode
        var size: Int
    }

    /// Parses the single document in the text.
    ///
    /// - Returns: the root node, or nil with the diagnostics that explain why there is none.
    func compose() -> (SyntaxNode?, [Diagnostic]) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return (nil, [.error(.yamlSyntax, "the YAML parser could not start", at: at(line: 1, column: 1))])
        }
        defer { yaml_parser_delete(parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var state = State(parser: parser)
            do {
                return (try composeStream(&state), [])
            } catch let failure as Failure {
                return (nil, [failure.diagnostic])
            } catch {
                return (nil, [.error(.yamlSyntax, "\(error)", at: at(line: 1, column: 1))])
            }
        }
    }

    private struct State {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var anchors: [String: Anchored] = [:]
        var expanded = 0
    }

    private final class Event {
        var raw = yaml_event_t()
        deinit { yaml_event_delete(&raw) }
        var type: yaml_event_type_t { raw.type }
        var line: Int { Int(raw.start_mark.line) + 1 }
        var column: Int { Int(raw.start_mark.column) + 1 }
    }

    private func at(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func next(_ state: inout State) throws -> Event {
        let event = Event()
        guard yaml_parser_parse(state.parser, &event.raw) == 1 else {
            let problem = state.parser.pointee.problem.map { String(cString: $0) } ?? "malformed YAML"
            let context = state.parser.pointee.context.map { String(cString: $0) }
            let mark = state.parser.pointee.problem_mark
            var message = problem
            if let context { message = "\(problem) \(context)" }
            if problem.contains("nesting level") { message = "lists and mappings nested too deeply" }
            if state.parser.pointee.error == YAML_READER_ERROR {
                throw Failure(diagnostic: .error(.fileNotText, "the file is not valid UTF-8 text: \(problem)", at: at(line: 1, column: 1)))
            }
            let line = Int(mark.line) + 1
            var note: String?
            if problem.hasPrefix("mapping values are not allowed") {
                message = "a ': ' inside an unquoted value starts a new mapping (\(message))"
                note = Self.quotingFix(forLine: line, in: text)
            }
            throw Failure(diagnostic: .error(.yamlSyntax, message, at: at(line: line, column: Int(mark.column) + 1), note: note))
        }
        return event
    }

    /// The fix for a value such as `title: Fees: overdue`, which YAML reads as a key inside a value: the
    /// line with its value in double quotes, or a general hint when the line is not of that plain shape.
    static func quotingFix(forLine line: Int, in text: String) -> String {
        let general = "quote the value, e.g. title: \"Fees: overdue invoices\""
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard line >= 1, line <= lines.count else { return general }
        let written = String(lines[line - 1])
        guard let colon = written.firstRange(of: ": ") else { return general }
        let key = String(written[..<colon.lowerBound])
        let value = String(written[colon.upperBound...]).trimmed
        guard !key.trimmed.isEmpty, !value.isEmpty, !"\"'[{|>&*!%@`#".contains(value.first!) else { return general }
        let escaped = value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        return "quote the value: \(key.trimmed): \"\(escaped)\""
    }

    private func composeStream(_ state: inout State) throws -> SyntaxNode? {
        _ = try next(&state) // stream start
        let first = try next(&state)
        if first.type == YAML_STREAM_END_EVENT { return nil }
        let root = try composeDocument(first, &state)
        let after = try next(&state)
        if after.type == YAML_DOCUMENT_START_EVENT {
            throw Failure(diagnostic: .error(.yamlMultipleDocuments, "a contract file holds one YAML document; found a second one", at: at(line: after.line, column: after.column), note: "put each contract in its own file"))
        }
        return root
    }

    private func composeDocument(_ start: Event, _ state: inout State) throws -> SyntaxNode {
        let first = try next(&state)
        let node = try composeNode(first, depth: 0, &state)
        _ = try next(&state) // document end
        return node
    }

    private func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func composeNode(_ event: Event, depth: Int, _ state: inout State) throws -> SyntaxNode {
        let location = at(line: event.line, column: event.column)
        guard depth < Self.depthLimit else {
            throw Failure(diagnostic: .error(.yamlAliasLimit, "nesting deeper than \(Self.depthLimit) levels", at: location))
        }
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = anchorName(event.raw.data.alias.anchor) ?? ""
            guard let anchored = state.anchors[name] else {
                throw Failure(diagnostic: .error(.yamlSyntax, "alias '*\(name)' refers to no anchor", at: location))
            }
            state.expanded += anchored.size
            if state.expanded > Self.aliasExpansionLimit {
                throw Failure(diagnostic: .error(.yamlAliasLimit, "aliases expand to more than \(Self.aliasExpansionLimit) nodes", at: location, note: "contracts do not need anchors and aliases; write the values out"))
            }
            return anchored.node
        case YAML_SCALAR_EVENT:
            let scalar = event.raw.data.scalar
            let text: String
            if let value = scalar.value {
                text = String(decoding: UnsafeBufferPointer(start: value, count: Int(scalar.length)), as: UTF8.self)
            } else {
                text = ""
            }
            let node = SyntaxNode(.scalar(Scalar(text: text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE)), at: location)
            register(anchorName(scalar.anchor), node, size: 1, &state)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let anchor = anchorName(event.raw.data.sequence_start.anchor)
            var items: [SyntaxNode] = []
            let startExpanded = state.expanded
            var count = 1
            while true {
                let item = try next(&state)
                if item.type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try composeNode(item, depth: depth + 1, &state))
                count += 1
            }
            let node = SyntaxNode(.sequence(items), at: location)
            register(anchor, node, size: count + (state.expanded - startExpanded), &state)
            return node
        case YAML_MAPPING_START_EVENT:
            let anchor = anchorName(event.raw.data.mapping_start.anchor)
            var pairs: [SyntaxPair] = []
            var seen: [String: SourceLocation] = [:]
            let startExpanded = state.expanded
            var count = 1
            while true {
                let keyEvent = try next(&state)
                if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                let keyNode = try composeNode(keyEvent, depth: depth + 1, &state)
                let valueEvent = try next(&state)
                let value = try composeNode(valueEvent, depth: depth + 1, &state)
                count += 2
                guard let key = keyNode.scalar?.text else {
                    throw Failure(diagnostic: .error(.wrongType, "a mapping key must be a scalar, not \(keyNode.shape)", at: keyNode.location))
                }
                let keyLocation = at(line: keyEvent.line, column: keyEvent.column)
                if let first = seen[key] {
                    throw Failure(diagnostic: .error(.yamlDuplicateKey, "duplicate key '\(key)'", at: keyLocation, note: "first given at line \(first.line), column \(first.column)"))
                }
                seen[key] = keyLocation
                pairs.append(SyntaxPair(key: key, keyLocation: keyLocation, value: value))
            }
            let node = SyntaxNode(.mapping(pairs), at: location)
            register(anchor, node, size: count + (state.expanded - startExpanded), &state)
            return node
        default:
            throw Failure(diagnostic: .error(.yamlSyntax, "unexpected YAML event", at: location))
        }
    }

    private func register(_ anchor: String?, _ node: SyntaxNode, size: Int, _ state: inout State) {
        guard let anchor else { return }
        state.anchors[anchor] = Anchored(node: node, size: size)
    }
}
