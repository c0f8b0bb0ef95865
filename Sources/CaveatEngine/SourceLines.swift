public import CaveatDocument

/// The source lines that findings point at, kept after a document is dropped.
///
/// caveat lints many files and must not hold every document in memory until the report is written; reporters
/// that print a source line (the caret snippet) or need byte columns (rdjsonl) read them from here instead.
public struct SourceLines: Sendable, Hashable {
    /// One kept line.
    public struct Line: Sendable, Hashable {
        /// The line's text, without its terminator.
        public var text: String
        /// Byte offset of the line's first byte in the file as stored.
        public var startOffset: Int

        public init(text: String, startOffset: Int) {
            self.text = text
            self.startOffset = startOffset
        }
    }

    /// The kept lines by 1-based line number.
    public var lines: [Int: Line]

    public init(lines: [Int: Line] = [:]) {
        self.lines = lines
    }

    /// Keeps the given 1-based lines of a source.
    public init(source: SourceText, lines numbers: some Sequence<Int>) {
        var lines: [Int: Line] = [:]
        for number in numbers where number >= 1 && number <= source.lineCount && lines[number] == nil {
            lines[number] = Line(text: source.lineText(number),
                                 startOffset: source.originalOffset(of: source.lineStarts[number - 1]))
        }
        self.lines = lines
    }

    /// Keeps every line a report's findings, related locations and suggestions start or end on.
    public init(source: SourceText, findings: [Finding]) {
        var numbers = Set<Int>()
        for finding in findings {
            numbers.insert(finding.span.start.line)
            numbers.insert(finding.span.end.line)
            for related in finding.related {
                numbers.insert(related.span.start.line)
                numbers.insert(related.span.end.line)
            }
            if let suggestion = finding.suggestion {
                numbers.insert(suggestion.span.start.line)
                numbers.insert(suggestion.span.end.line)
            }
        }
        self.init(source: source, lines: numbers)
    }

    public subscript(line: Int) -> Line? { lines[line] }
}
