import Foundation

/// Runs the Python cross-check scripts (NetworkX, rdflib) that the tests use as independent oracles.
///
/// `scripts/test.sh` prepares `.venv` and sets `COOPGRAPH_PYTHON` to its interpreter.
public enum PythonOracle {
    /// The interpreter named by `COOPGRAPH_PYTHON`, if set.
    public static let python = ProcessInfo.processInfo.environment["COOPGRAPH_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether this run is CI's, where a missing interpreter is a failure rather than a skip.
    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// What a script failed with.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `script` with `arguments` and returns its standard output; throws with its standard
    /// error when it exits non-zero. Both pipes are drained at once, so neither can fill and block.
    public static func run(_ script: URL, _ arguments: [String]) throws -> Data {
        guard let python else { throw Failure(description: "COOPGRAPH_PYTHON is not set; run scripts/test.sh") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = ErrorBuffer()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            errorData.value = errors.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(script.lastPathComponent) failed: \(String(decoding: errorData.value, as: UTF8.self))")
        }
        return data
    }

    /// Written by the reading thread only, then read after `reading.wait()`.
    private final class ErrorBuffer: @unchecked Sendable {
        var value = Data()
    }
}
