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
    static var stops: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "sanya", metricName: "query_stops", unitName: "total",
                             helpText: "Contract queries stopped or refused to protect the database, by contract and reason.")
    }

    /// Why a query was stopped or never started.
    enum QueryStop: String {
        /// Over its time limit (504 `QUERY_TIMEOUT`).
        case timeout
        /// The bulkhead was full (503 `BUSY`).
        case busy
        /// The client went away and its query was cancelled (499 `CLIENT_CLOSED`).
        case clientLeft = "client_left"

        init?(code: String) {
            switch code {
            case SanyaError.queryTimeoutCode: self = .timeout
            case SanyaError.busyCode: self = .busy
            case SanyaError.clientClosedCode: self = .clientLeft
            default: return nil
            }
        }
    }

    func queryStopped(contract: String, _ stop: QueryStop) {
        registry.makeCounter(descriptor: Self.stops, labels: [("contract", contract), ("reason", stop.rawValue)]).increment()
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
