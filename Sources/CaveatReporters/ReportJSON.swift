import CaveatDocument
import CaveatEngine

/// JSON building blocks shared by the JSON-based reports.
enum ReportJSON {
    /// `{"line", "column", "offset"}`: 1-based line, column in Unicode scalars, 0-based byte offset in the file.
    static func location(_ location: SourceLocation) -> JSONValue {
        ["line": .int(location.line), "column": .int(location.column), "offset": .int(location.offset)]
    }

    /// Counts of every severity, zero included.
    static func severityCounts(_ counts: [Severity: Int]) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, .int(counts[$0, default: 0])) }))
    }

    static func baselineEntry(_ entry: Baseline.Entry) -> JSONValue {
        ["rule": .string(entry.rule), "path": .string(entry.path), "sentence": .string(entry.sentence)]
    }
}
