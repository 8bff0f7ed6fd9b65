import Foundation
import Mustache
import SanyaModel

/// The forms of `sanya sla`: a terminal table, Markdown for a report or a pull request, CSV for a
/// spreadsheet, JSON for other programs, and an HTML page with a chart that needs no script.
public enum ServiceLevelFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json, html
}

public struct ServiceLevelRenderer: Sendable {
    public let report: ServiceLevelReport

    public init(_ report: ServiceLevelReport) {
        self.report = report
    }

    public func render(_ format: ServiceLevelFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .csv: csv()
        case .json: Generator.json(report)
        case .html: Self.htmlTemplate.render(htmlModel())
        }
    }

    static func stepName(_ raw: String) -> (en: String, th: String) {
        let kind = WorkflowStepKind(rawValue: raw)
        return (kind?.english ?? raw, kind?.thai ?? raw)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
    }

    /// A step's cell: `2 / 1 ✗` is two days against a budget of one.
    static func cell(_ step: ServiceLevelReport.Step) -> String {
        "\(step.businessDays)/\(step.budgetDays.map(String.init) ?? "–")" + (step.withinBudget == false ? " over" : "")
    }

    func waiting(_ request: ServiceLevelReport.Request) -> String {
        guard let at = request.waitingAt, let days = request.waitingDays else { return "closed" }
        return "waiting at \(at), \(days) day(s)" + (request.overdue == true ? ", over budget" : "")
    }

    // MARK: - Text

    func text() -> String {
        var rows: [[String]] = [["contract", "unit", "status"] + ServiceLevelReport.timedSteps.map(\.rawValue) + ["now"]]
        for request in report.requests {
            let cells = ServiceLevelReport.timedSteps.map { kind in request.steps.first { $0.step == kind.rawValue }.map(Self.cell) ?? "" }
            rows.append([request.contract, request.unit, request.status] + cells + [waiting(request)])
        }
        var out = "W-REG6-001 business days per step (days/budget), as of \(report.today)\n\n" + TextTable.render(rows)
        out += "\nper step\n"
        var steps: [[String]] = [["step", "budget", "count", "median", "p90", "within budget"]]
        for s in report.summary.steps {
            steps.append([s.step, String(s.budgetDays), String(s.count), Self.number(s.medianDays), Self.number(s.p90Days.map(Double.init)), Self.percent(s.withinBudgetShare)])
        }
        out += TextTable.render(steps)
        out += "\nper unit (submission to delivery, budget \(ServiceLevelReport.deliveryBudget) days)\n"
        var units: [[String]] = [["unit", "requests", "open", "rejected", "delivered", "median", "p90", "within budget"]]
        for u in report.summary.units {
            units.append([u.unit, String(u.requests), String(u.open), String(u.rejected), String(u.delivered), Self.number(u.medianDays),
                          Self.number(u.p90Days.map(Double.init)), Self.percent(u.withinBudgetShare)])
        }
        return out + TextTable.render(units)
    }

    // MARK: - Markdown

    func markdown() -> String {
        func cell(_ text: String) -> String { text.markdownCell }
        var out = "# ระยะเวลาดำเนินการตามคู่มือ W-REG6-001 · Service levels of W-REG6-001\n\nAs of \(report.today) (\(report.today.thai)); business days per step against the manual's budget.\n\n"
        out += "| contract | unit | status | " + ServiceLevelReport.timedSteps.map(\.rawValue).joined(separator: " | ") + " | now |\n"
        out += "|-|-|-|" + String(repeating: "-|", count: ServiceLevelReport.timedSteps.count) + "-|\n"
        for request in report.requests {
            let cells = ServiceLevelReport.timedSteps.map { kind in request.steps.first { $0.step == kind.rawValue }.map(Self.cell) ?? "" }
            out += "| `\(request.contract)` | \(cell(request.unit)) | \(request.status) | " + cells.joined(separator: " | ") + " | \(waiting(request)) |\n"
        }
        out += "\n## ต่อขั้นตอน · Per step\n\n| step | ขั้นตอน | budget | count | median | p90 | within budget |\n|-|-|-|-|-|-|-|\n"
        for s in report.summary.steps {
            out += "| \(s.step) | \(Self.stepName(s.step).th) | \(s.budgetDays) | \(s.count) | \(Self.number(s.medianDays)) | \(Self.number(s.p90Days.map(Double.init))) | \(Self.percent(s.withinBudgetShare)) |\n"
        }
        out += "\n## ต่อหน่วยงาน · Per unit\n\nFrom the e-Office submission to delivery, against \(ServiceLevelReport.deliveryBudget) business days.\n\n"
        out += "| unit | requests | open | rejected | delivered | median | p90 | within budget |\n|-|-|-|-|-|-|-|-|\n"
        for u in report.summary.units {
            out += "| \(cell(u.unit)) | \(u.requests) | \(u.open) | \(u.rejected) | \(u.delivered) | \(Self.number(u.medianDays)) | \(Self.number(u.p90Days.map(Double.init))) | \(Self.percent(u.withinBudgetShare)) |\n"
        }
        return out
    }

    // MARK: - CSV

    /// One row per timed step, and one for each open request's wait (`to` is the report's day).
    func csv() -> String {
        var rows = ["contract,unit,status,step,from,to,business_days,budget_days,within_budget,waiting"]
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.escaping("\"", as: "\"\"") + "\"" : text
        }
        for r in report.requests {
            for s in r.steps {
                rows.append([r.contract, field(r.unit), r.status, s.step, s.from.description, s.to.description, String(s.businessDays),
                             s.budgetDays.map(String.init) ?? "", s.withinBudget.map { $0 ? "yes" : "no" } ?? "", "no"].joined(separator: ","))
            }
            if let at = r.waitingAt, let days = r.waitingDays {
                let from = r.steps.last?.to.description ?? ""
                let budget = WorkflowStepKind(rawValue: at)?.budgetDays
                rows.append([r.contract, field(r.unit), r.status, at, from, report.today.description, String(days),
                             budget.map(String.init) ?? "", r.overdue.map { $0 ? "no" : "yes" } ?? "", "yes"].joined(separator: ","))
            }
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: - HTML

    static let htmlTemplate = DocumentationTemplates.mustache(ServiceLevelTemplates.html)

    func htmlModel() -> [String: Any] {
        let chart = ServiceLevelChart(steps: report.summary.steps)
        return [
            "today": report.today.description, "todayThai": report.today.thai,
            "stepHeaders": ServiceLevelReport.timedSteps.map { ["en": $0.rawValue, "th": $0.thai] },
            "requests": report.requests.map { r -> [String: Any] in
                [
                    "contract": r.contract, "unit": r.unit, "status": r.status,
                    "cells": ServiceLevelReport.timedSteps.map { kind -> [String: Any] in
                        guard let s = r.steps.first(where: { $0.step == kind.rawValue }) else { return ["text": ""] }
                        return ["text": "\(s.businessDays) / \(s.budgetDays.map(String.init) ?? "–")", "over": s.withinBudget == false]
                    },
                    "waiting": waiting(r), "overdue": r.overdue == true,
                ]
            },
            "steps": report.summary.steps.map { s -> [String: Any] in
                ["step": s.step, "thai": Self.stepName(s.step).th, "budget": s.budgetDays, "count": s.count, "median": Self.number(s.medianDays),
                 "p90": Self.number(s.p90Days.map(Double.init)), "share": Self.percent(s.withinBudgetShare)]
            },
            "units": report.summary.units.map { u -> [String: Any] in
                ["unit": u.unit, "requests": u.requests, "open": u.open, "rejected": u.rejected, "delivered": u.delivered,
                 "median": Self.number(u.medianDays), "p90": Self.number(u.p90Days.map(Double.init)), "share": Self.percent(u.withinBudgetShare)]
            },
            "deliveryBudget": ServiceLevelReport.deliveryBudget,
            "chart": chart.svg,
        ]
    }
}

/// Days per step against the budget as an SVG bar chart: a bar for the median, a thinner one for the 90th
/// percentile, a red line at the budget; Thai and English labels. Static markup, so it shows without script
/// and prints.
struct ServiceLevelChart {
    let steps: [ServiceLevelReport.StepSummary]

    var svg: String {
        let rowHeight = 46, labelWidth = 250, scaleWidth = 420, top = 24
        let maxDays = max(steps.compactMap { $0.p90Days }.max() ?? 0, steps.map(\.budgetDays).max() ?? 1, 1)
        let unit = Double(scaleWidth) / Double(maxDays)
        let height = top + rowHeight * steps.count + 30
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(labelWidth + scaleWidth + 60)\" height=\"\(height)\" "
            + "font-family=\"Sarabun, 'Noto Sans Thai', Tahoma, sans-serif\" font-size=\"13\">\n"
        out += "<title>วันทำการต่อขั้นตอนเทียบกับกรอบเวลา · Business days per step against the budget</title>\n"
        out += "<text x=\"\(labelWidth)\" y=\"14\" fill=\"#5b6573\">■ median มัธยฐาน  ▬ p90  <tspan fill=\"#a61b29\">| budget กรอบเวลา</tspan></text>\n"
        for (index, step) in steps.enumerated() {
            let y = top + index * rowHeight
            let name = ServiceLevelRenderer.stepName(step.step)
            out += "<text x=\"0\" y=\"\(y + 16)\">\(name.th.htmlEscaped)</text>\n"
            out += "<text x=\"0\" y=\"\(y + 32)\" fill=\"#5b6573\">\(step.step.htmlEscaped) (n=\(step.count))</text>\n"
            if let median = step.medianDays {
                out += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(Int((median * unit).rounded()))\" height=\"16\" fill=\"#3b6ea8\"><title>median \(ServiceLevelRenderer.number(median))</title></rect>\n"
            }
            if let p90 = step.p90Days {
                out += "<rect x=\"\(labelWidth)\" y=\"\(y + 24)\" width=\"\(Int((Double(p90) * unit).rounded()))\" height=\"8\" fill=\"#9bb7d9\"><title>p90 \(p90)</title></rect>\n"
            }
            let budgetX = labelWidth + Int((Double(step.budgetDays) * unit).rounded())
            out += "<line x1=\"\(budgetX)\" y1=\"\(y)\" x2=\"\(budgetX)\" y2=\"\(y + 36)\" stroke=\"#a61b29\" stroke-width=\"2\"/>\n"
            out += "<text x=\"\(labelWidth + scaleWidth + 8)\" y=\"\(y + 16)\">\(ServiceLevelRenderer.number(step.medianDays)) / \(step.budgetDays)</text>\n"
        }
        let axisY = top + rowHeight * steps.count + 8
        out += "<line x1=\"\(labelWidth)\" y1=\"\(axisY)\" x2=\"\(labelWidth + scaleWidth)\" y2=\"\(axisY)\" stroke=\"#5b6573\"/>\n"
        for day in 0...maxDays {
            let x = labelWidth + Int((Double(day) * unit).rounded())
            out += "<text x=\"\(x)\" y=\"\(axisY + 16)\" text-anchor=\"middle\" fill=\"#5b6573\">\(day)</text>\n"
        }
        return out + "</svg>"
    }
}

enum ServiceLevelTemplates {
    static let html = """
    \(HTMLDocument.head(title: "ระยะเวลาดำเนินการ · Service levels — W-REG6-001", extraStyle: "<style> .over { background: #f8d7da; } </style>"))
    <body>
    <h1>ระยะเวลาดำเนินการตามคู่มือ W-REG6-001 · Service levels</h1>
    <p class="muted">ณ วันที่ {{todayThai}} · as of {{today}} — วันทำการต่อขั้นตอนเทียบกับกรอบเวลาในคู่มือ · business days per step against the manual's budget (Monday–Friday less the registrar's holidays).</p>

    <h2>ต่อขั้นตอน · Per step</h2>
    {{{chart}}}
    <table>
    <tr><th>Step</th><th>ขั้นตอน</th><th>Budget · กรอบเวลา</th><th>Count · จำนวน</th><th>Median · มัธยฐาน</th><th>p90</th><th>Within budget · ภายในกรอบเวลา</th></tr>
    {{#steps}}<tr><td>{{step}}</td><td>{{thai}}</td><td>{{budget}}</td><td>{{count}}</td><td>{{median}}</td><td>{{p90}}</td><td>{{share}}</td></tr>
    {{/steps}}
    </table>

    <h2>ต่อหน่วยงาน · Per unit</h2>
    <p class="muted">From the e-Office submission to delivery, against {{deliveryBudget}} business days · ตั้งแต่ยื่นบันทึกข้อความจนส่งมอบ เทียบกับ {{deliveryBudget}} วันทำการ</p>
    <table>
    <tr><th>Unit · หน่วยงาน</th><th>Requests · คำขอ</th><th>Open · ค้างอยู่</th><th>Rejected · ไม่อนุมัติ</th><th>Delivered · ส่งมอบแล้ว</th><th>Median</th><th>p90</th><th>Within budget</th></tr>
    {{#units}}<tr><td>{{unit}}</td><td>{{requests}}</td><td>{{open}}</td><td>{{rejected}}</td><td>{{delivered}}</td><td>{{median}}</td><td>{{p90}}</td><td>{{share}}</td></tr>
    {{/units}}
    </table>

    <h2>ต่อคำขอ · Per request</h2>
    <table>
    <tr><th>Contract</th><th>Unit · หน่วยงาน</th><th>Status</th>{{#stepHeaders}}<th>{{en}}<br><span class="muted">{{th}}</span></th>{{/stepHeaders}}<th>Now · สถานะปัจจุบัน</th></tr>
    {{#requests}}<tr><td><code>{{contract}}</code></td><td>{{unit}}</td><td><span class="status status-{{status}}">{{status}}</span></td>{{#cells}}<td{{#over}} class="over"{{/over}}>{{text}}</td>{{/cells}}<td{{#overdue}} class="over"{{/overdue}}>{{waiting}}</td></tr>
    {{/requests}}
    </table>
    </body>
    </html>

    """
}
