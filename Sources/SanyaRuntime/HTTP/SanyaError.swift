import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An error the runtime answers with: an HTTP status, a stable code, a message, and JSON body
/// `{"error": {"code": …, "message": …, "parameter": …}}`.
public struct SanyaError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var parameter: String?
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, parameter: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    public var body: String {
        var text = "{\"error\":{\"code\":\(JSONText.string(code)),\"message\":\(JSONText.string(message))"
        if let parameter { text += ",\"parameter\":\(JSONText.string(parameter))" }
        return text + "}}"
    }

    static let queryTimeoutCode = "QUERY_TIMEOUT"
    /// A contract whose source columns changed in the database (`SourceCheck`).
    static let sourceChangedCode = "SOURCE_CHANGED"
    static let busyCode = "BUSY"
    static let clientClosedCode = "CLIENT_CLOSED"

    static func notFound(_ what: String) -> SanyaError { SanyaError(.notFound, "NOT_FOUND", what) }
    static let forbidden = SanyaError(.forbidden, "FORBIDDEN", "this address may not use this contract")
    static func unauthorized(_ why: String) -> SanyaError {
        SanyaError(.unauthorized, "UNAUTHORIZED", why, headers: [.wwwAuthenticate: "Bearer realm=\"sanya\""])
    }
    static func badParameter(_ name: String, _ why: String) -> SanyaError { SanyaError(.badRequest, "BAD_PARAMETER", why, parameter: name) }
    static func unavailable(_ why: String) -> SanyaError { SanyaError(.serviceUnavailable, "UNAVAILABLE", why, headers: [.retryAfter: "5"]) }
}

/// Turns every error into a JSON error body with a stable code, so that no client ever sees HTML or an
/// empty body.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SanyaError {
            throw error
        } catch let error as HTTPError {
            let code = switch error.status {
            case .notFound: "NOT_FOUND"
            case .methodNotAllowed: "METHOD_NOT_ALLOWED"
            case .contentTooLarge: "PAYLOAD_TOO_LARGE"
            case .badRequest: "BAD_REQUEST"
            default: "HTTP_\(error.status.code)"
            }
            throw SanyaError(error.status, code, error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            throw SanyaError(.internalServerError, "INTERNAL", "the server could not answer; the error is logged")
        }
    }
}
