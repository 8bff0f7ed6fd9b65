/// An output format of the request form: JSON, TABLE (an HTML table), Excel, or another.
public enum OutputFormat: String, Sendable, Codable, CaseIterable {
    case json
    case ndjson
    case csv
    case table
    case excel

    /// The HTTP media type of the format.
    public var mediaType: String {
        switch self {
        case .json: "application/json"
        case .ndjson: "application/x-ndjson"
        case .csv: "text/csv; charset=utf-8"
        case .table: "text/html; charset=utf-8"
        case .excel: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .ndjson: "ndjson"
        case .csv: "csv"
        case .table: "html"
        case .excel: "xlsx"
        }
    }
}
