import ArgumentParser
import Foundation

/// Writes to standard error; only the executable prints.
enum StandardError {
    /// Writes `text` and a newline to standard error.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension ParsableCommand {
    /// Runs `body`; a library error becomes its message on stderr and exit code 1.
    func reportingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            StandardError.write("\(error)")
            throw ExitCode.failure
        }
    }
}
