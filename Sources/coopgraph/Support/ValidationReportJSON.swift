import CoopModel
import Foundation

/// The JSON form of a validation report, with sorted keys so the bytes are stable.
enum ValidationReportJSON {
    private struct Entry: Encodable {
        let severity, file, code, message: String
        let line, column: Int
        let hint: String?
    }

    private struct Document: Encodable {
        let errors: [Entry]
        let warnings: [Entry]
        let files: [String]
    }

    /// Encodes `report` as pretty JSON.
    static func encode(_ report: ValidationReport) throws -> String {
        func entries(_ diagnostics: [Diagnostic]) -> [Entry] {
            diagnostics.map {
                Entry(
                    severity: $0.severity.rawValue, file: $0.file, code: $0.code.rawValue, message: $0.message,
                    line: $0.line, column: $0.column, hint: $0.hint)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(
            Document(errors: entries(report.errors), warnings: entries(report.warnings), files: report.files))
        return String(decoding: data, as: UTF8.self)
    }
}
