import Foundation
import SanyaModel

/// One input of libFuzzer: read as a request's parameters for one of the repository's served contracts —
/// as a query string (`a=1&b=x,y`) and as a JSON body. Refusals (`ParameterError`) are the expected
/// answers; a crash, a hang or a leak is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParameters(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0, !Handlers.all.isEmpty else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let definition = Handlers.all[Int(bytes[0]) % Handlers.all.count]
    let data = Data(bytes.dropFirst())
    let text = String(decoding: data, as: UTF8.self)
    let pairs = text.split(separator: "&", omittingEmptySubsequences: false).map { item -> (String, String) in
        let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
    _ = try? ParameterReader.fromQuery(pairs, definition: definition)
    _ = try? ParameterReader.fromJSON(data, definition: definition)
    return 0
}

enum Handlers {
    /// The handler definitions of the repository's `Generated/` that take parameters.
    static let all: [HandlerDefinition] = {
        let root = ProcessInfo.processInfo.environment["SANYA_ROOT"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Generated/handlers")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        let definitions = files.compactMap { try? JSONDecoder().decode(HandlerDefinition.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
        precondition(!definitions.isEmpty, "no handler definitions under \(folder.path)")
        return definitions.filter { !$0.parameters.isEmpty }
    }()
}
