import SanyaModel

/// Chooses the output format of a request: `?format=` first, then the `Accept` header, then the
/// contract's first format.
enum FormatNegotiation {
    static let mediaTypes: [(String, OutputFormat)] = [
        ("application/json", .json), ("application/x-ndjson", .ndjson), ("application/ndjson", .ndjson),
        ("text/csv", .csv), ("text/html", .table),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", .excel),
    ]

    /// The format, or an error naming what was asked and what is allowed.
    static func choose(query: String?, accept: String?, allowed: [OutputFormat]) -> Result<OutputFormat, SanyaError> {
        let allowedNames = allowed.map(\.rawValue).joined(separator: ", ")
        if let query {
            guard let format = OutputFormat(rawValue: query.lowercased()) ?? (query.lowercased() == "xlsx" ? .excel : nil) else {
                return .failure(SanyaError(.badRequest, "BAD_PARAMETER", "unknown format '\(query)'; this contract delivers: \(allowedNames)", parameter: RuntimeParameter.format.rawValue))
            }
            guard allowed.contains(format) else {
                return .failure(SanyaError(.notAcceptable, "NOT_ACCEPTABLE", "format '\(format.rawValue)' is not allowed by this contract; it delivers: \(allowedNames)"))
            }
            return .success(format)
        }
        guard let accept, !accept.isEmpty else { return .success(allowed[0]) }
        let ranges = accept.split(separator: ",").map { part -> (String, Double) in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            var quality = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") { quality = Double(piece.dropFirst(2)) ?? 1 }
            return (pieces.first?.lowercased() ?? "", quality)
        }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        for (range, _) in ranges {
            if range == "*/*" { return .success(allowed[0]) }
            if range.hasSuffix("/*") {
                let prefix = range.dropLast(1)
                if let match = mediaTypes.first(where: { $0.0.hasPrefix(prefix) && allowed.contains($0.1) }) { return .success(match.1) }
                continue
            }
            if let match = mediaTypes.first(where: { $0.0 == range }), allowed.contains(match.1) { return .success(match.1) }
        }
        return .failure(SanyaError(.notAcceptable, "NOT_ACCEPTABLE", "none of the accepted media types is allowed by this contract; it delivers: \(allowedNames)"))
    }
}
