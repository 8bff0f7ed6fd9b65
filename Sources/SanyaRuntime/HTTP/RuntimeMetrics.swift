import Prometheus

/// The runtime's Prometheus metrics, exposed at `/metrics`.
public final class RuntimeMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()

    public init() {}

    func requestFinished(contract: String, status: Int, rows: Int, seconds: Double) {
        registry.makeCounter(name: "sanya_requests_total", labels: [("contract", contract), ("status", String(status))],
                             help: "Requests to contract endpoints, by contract and HTTP status.").increment()
        if rows > 0 {
            registry.makeCounter(name: "sanya_rows_total", labels: [("contract", contract)], help: "Rows delivered, by contract.").increment(by: Int64(rows))
        }
        registry.makeDurationHistogram(name: "sanya_request_duration_seconds", labels: [("contract", contract)],
                                       buckets: [.milliseconds(1), .milliseconds(5), .milliseconds(20), .milliseconds(100), .milliseconds(500), .seconds(2), .seconds(10), .seconds(60)],
                                       help: "Time to answer a contract request, to the last byte.")
            .record(.milliseconds(Int64(seconds * 1000)))
    }

    func servedContracts(_ count: Int) {
        registry.makeGauge(name: "sanya_served_contracts", help: "Contracts being served.").set(Double(count))
    }

    /// The exposition text.
    public func render() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
