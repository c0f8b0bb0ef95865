public import CaveatDocument

/// A source line and a caret line underlining a span on it, as compilers print them.
///
/// Columns count Unicode scalars, like `SourceLocation.column`. Tabs before the span are copied into the caret
/// line's padding so the caret lines up whatever the terminal's tab width. Lines longer than `width` scalars (a
/// whole paragraph on one line is common in articles) are cut to a window around the span, marked with `…`.
public struct CaretSnippet: Sendable, Hashable {
    public var line: String
    public var carets: String

    /// The snippet for `span` in `source`, or `nil` when the line is out of range.
    public init?(source: SourceText, span: SourceSpan, width: Int = 100) {
        guard span.start.line >= 1, span.start.line <= source.lineCount else { return nil }
        self.init(lineText: source.lineText(span.start.line), span: span, width: width)
    }

    /// The snippet for `span` given the text of its start line.
    public init(lineText: String, span: SourceSpan, width: Int = 100) {
        let scalars = Array(lineText.unicodeScalars)
        let start = min(max(0, span.start.column - 1), scalars.count)
        // A span running past the line ends at the end of the line; an empty span still gets one caret.
        var end = span.end.line == span.start.line ? min(max(start, span.end.column - 1), scalars.count) : scalars.count
        if end == start { end = start + 1 }
        var windowStart = 0
        var windowEnd = scalars.count
        if scalars.count > width {
            let context = max(10, (width - min(end - start, width)) / 2)
            windowStart = max(0, start - context)
            windowEnd = min(scalars.count, max(end + context, windowStart + width))
            if end - start > width { windowEnd = min(scalars.count, start + width) }
        }
        var line = windowStart > 0 ? "…" : ""
        var carets = windowStart > 0 ? " " : ""
        for index in windowStart..<windowEnd {
            let scalar = scalars[index]
            line.unicodeScalars.append(scalar)
            if index < start {
                carets += scalar == "\t" ? "\t" : " "
            } else if index < end {
                carets += index == start ? "^" : "~"
            }
        }
        if windowEnd < scalars.count { line += "…" }
        // A span at the very end of the line points just past its last character.
        if start >= scalars.count { carets += "^" }
        self.line = line
        self.carets = carets
    }
}
