import Hummingbird
import NIOCore
import SanyaModel

/// The index a unit's client sees at `/docs/`: the contracts served to its address, each with its page, its
/// endpoint and its validity; never another unit's. The registrar's own index (every unit, every status) is
/// for the staff network (see `DisclosureGate`).
struct ClientIndexPage {
    let contracts: [HandlerDefinition]
    let client: String

    var html: String {
        var page = HTMLText(raw: HTMLDocument.head(title: "สัญญาข้อมูลของท่าน · Your data contracts"))
        page += """

        <body>
        <h1>สัญญาข้อมูลที่ให้บริการแก่ท่าน · Your data contracts</h1>
        <p class="muted">The registrar's data contracts served to this address (\(client)): \(contracts.count) contract(s).
        A unit asks for more data with the <a href="\(DocumentationPaths.requestForm)">request form · แบบฟอร์มขอใช้ข้อมูล</a>.
        The API reference of these contracts is <a href="../openapi.json">openapi.json</a>.</p>
        <table>
        <tr><th>Unit · หน่วยงาน</th><th>Contract</th><th>Endpoint</th><th>Formats</th><th>Valid until · ใช้ได้ถึง</th></tr>

        """
        for c in contracts {
            let until = c.validUntil.map { HTMLText("\($0.description)<br><span class=\"muted\">\($0.thai)</span>") } ?? "–"
            page += "<tr><td>\(c.unit)</td><td><a href=\"\(DocumentationPaths.contractPage(c.contract, "html"))\">\(c.title)</a><br><code>\(c.contract)</code> v\(c.version)</td><td><code>\(c.httpMethod ?? "") \(c.route)</code></td><td>\(c.formats.map(\.rawValue).joined(separator: ", "))</td><td>\(until)</td></tr>\n"
        }
        page += """
        </table>
        </body>
        </html>

        """
        return page.text
    }
}

/// Answers `/docs/` for a unit's client with its own index, before the files of `Generated/docs/` are looked at.
struct ClientIndexMiddleware: RouterMiddleware {
    typealias Context = SanyaRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let own = context.clientContracts, DocumentationRequest(path: request.uri.path) == .index, request.method == .get || request.method == .head else {
            return try await next(request, context)
        }
        let page = ClientIndexPage(contracts: own, client: context.client ?? "")
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: page.html)))
    }
}
