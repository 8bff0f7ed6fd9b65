import Crypto
import Foundation

/// What a build read and wrote, so that a build whose inputs and outputs are exactly as the last one left
/// them can skip checking and generating (as `make` and `cargo` do). It holds digests of every catalog and
/// contract file and of the size and modification time of every file of `Generated/`, the identity of the
/// `sanya` binary, the day expiry was judged against, and the diagnostics that build printed (which depend
/// on nothing else), so that they are printed again.
///
/// Kept outside `Generated/` (`var/build-fingerprint.json`, not committed), and never trusted by
/// `build --check`, which always checks and compares contents.
public struct BuildFingerprint: Codable, Sendable {
    public static let formatVersion = 3

    var format: Int
    var compiler: String
    var today: String
    var output: String
    var inputs: String
    var outputs: String
    /// What the build printed on standard error (warnings and notes; a build with errors writes nothing).
    public var diagnostics: String
    public var fileCount: Int

    /// The fingerprint of `inputs` (absolute files) and of the folder `output` as they are now.
    public static func current(inputs: [URL], output: URL, today: String, diagnostics: String = "") -> BuildFingerprint {
        var digest = SHA256()
        for url in inputs.sorted(by: { $0.path < $1.path }) {
            digest.update(data: Data(url.path.utf8))
            digest.update(data: [0])
            digest.update(data: FileManager.default.contents(atPath: url.path) ?? Data())
            digest.update(data: [0])
        }
        let inputsDigest = hex(digest.finalize())
        var stamps = SHA256()
        let files = GeneratedTree(root: output).existingFiles()
        for entry in files.map({ "\($0.path)\t\($0.size)\t\($0.modified.seconds).\($0.modified.nanoseconds)" }).sorted() {
            stamps.update(data: Data((entry + "\n").utf8))
        }
        let count = files.count
        return BuildFingerprint(format: formatVersion, compiler: compilerIdentity(), today: today, output: output.standardizedFileURL.path,
                                inputs: inputsDigest, outputs: hex(stamps.finalize()), diagnostics: diagnostics, fileCount: count)
    }

    /// Whether this fingerprint describes the same inputs, binary, day and outputs as `other`.
    public func matches(_ other: BuildFingerprint) -> Bool {
        (format, compiler, today, output, inputs, outputs) == (other.format, other.compiler, other.today, other.output, other.inputs, other.outputs)
    }

    /// The fingerprint saved at `url`, if it is one this build reads.
    public static func load(_ url: URL) -> BuildFingerprint? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let saved = try? JSONDecoder().decode(BuildFingerprint.self, from: data), saved.format == formatVersion else { return nil }
        return saved
    }

    /// Saves the fingerprint; a failure only costs the next build its shortcut.
    public func save(_ url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? JSONEncoder().encode(self).write(to: url, options: .atomic)
    }

    /// The running binary's path, size and modification time: a new `sanya` may check and generate differently.
    static func compilerIdentity() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(path):\(size):\(modified.bitPattern)"
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
