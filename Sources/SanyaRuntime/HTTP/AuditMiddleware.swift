import Hummingbird

/// Leaves exactly one audit record per contract request, allowed or refused, and counts it in the metrics.
///
/// A refusal is recorded with its status and code. An answer is recorded once its body has been written to
/// the end — a streamed answer that fails part-way with the failure the writer noted (`AuditOutcome.failure`),
/// or as abandoned by the client (499).
struct AuditMiddleware: RouterMiddleware {
    typealias Context = SanyaRequestContext
    let audit: AuditWriter
    let metrics: RuntimeMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let outcome = AuditOutcome(contract: context.parameters.get("contract") ?? "", method: request.method.rawValue)
        var context = context
        context.outcome = outcome
        var response: Response
        do {
            guard audit.canRecord else {
                throw SanyaError(.serviceUnavailable, "AUDIT_UNAVAILABLE", "access cannot be recorded now, so none is given; try again shortly",
                                 headers: [.retryAfter: "5"])
            }
            response = try await next(request, context)
        } catch {
            let refusal = error as? SanyaError
            await finish(outcome, status: Int(refusal?.status.code ?? 500), code: refusal?.code ?? "INTERNAL")
            throw error
        }
        let body = response.body
        let status = Int(response.status.code)
        let middleware = self
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            do {
                try await body.write(writer)
            } catch {
                let failure = outcome.failure ?? (499, "ABORTED")
                await middleware.finish(outcome, status: failure.status, code: failure.code)
                throw error
            }
            await middleware.finish(outcome, status: status, code: nil)
        }
        return response
    }

    func finish(_ outcome: AuditOutcome, status: Int, code: String?) async {
        outcome.endOfAnswer?()
        outcome.endOfAnswer = nil
        if let code, let stop = RuntimeMetrics.QueryStop(code: code) { metrics.queryStopped(contract: outcome.contract, stop) }
        metrics.requestFinished(contract: outcome.contract, status: status, rows: outcome.rows, seconds: outcome.seconds)
        await audit.record(outcome.record(status: status, code: code))
    }
}
