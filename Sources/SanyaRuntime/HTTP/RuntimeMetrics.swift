import Prometheus

/// The runtime's Prometheus metrics, exposed at `/metrics`.
public final class RuntimeMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()

    public init() {}

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "sanya", metricName: "requests", unitName: "total", helpText: "Requests to contract endpoints, by contract and HTTP status.")
    }
    static var rows: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "sanya", metricName: "rows", unitName: "total", helpText: "Rows delivered, by contract.")
    }
    static var duration: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "sanya", metricName: "request_duration", unitName: "seconds", helpText: "Time to answer a contract request, to the last byte.")
    }
    static var served: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "sanya", metricName: "served", unitName: "contracts", helpText: "Contracts being served.")
    }
    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(20), .milliseconds(100), .milliseconds(500), .seconds(2), .seconds(10), .seconds(60)]

    func requestFinished(contract: String, status: Int, rows: Int, seconds: Double) {
        registry.makeCounter(descriptor: Self.requests, labels: [("contract", contract), ("status", String(status))]).increment()
        if rows > 0 {
            registry.makeCounter(descriptor: Self.rows, labels: [("contract", contract)]).increment(by: Int64(rows))
        }
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("contract", contract)], buckets: Self.buckets)
            .record(.milliseconds(Int64(seconds * 1000)))
    }

    func servedContracts(_ count: Int) {
        registry.makeGauge(descriptor: Self.served).set(Double(count))
    }

    /// The exposition text.
    public func render() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
