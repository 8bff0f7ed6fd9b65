import Foundation
import SanyaModel

extension ParameterReader {
    /// The arguments as JSON text, for the audit log.
    static func auditText(_ arguments: [String: BoundArgument]) -> String {
        let members = arguments.sorted { $0.key < $1.key }.compactMap { name, argument -> String? in
            switch argument {
            case .absent: nil
            case .value(let v): "\(JSONText.string(name)):\(JSONText.string(v.description))"
            case .list(let items): "\(JSONText.string(name)):[\(items.map { JSONText.string($0.description) }.joined(separator: ","))]"
            }
        }
        return "{" + members.joined(separator: ",") + "}"
    }
}
