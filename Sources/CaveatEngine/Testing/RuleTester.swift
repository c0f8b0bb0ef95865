public import CaveatDocument

/// Runs the examples every rule carries through the given readers and checks that `flag` examples produce
/// exactly the marked spans and `pass` examples produce nothing.
///
/// Readers are closures so the engine need not depend on the reader module. Each receives the example text
/// with its `[[ ]]` markers removed. A plain-text reader reads it as is; an HTML reader should read
/// `RuleTester.htmlPage(for:)` of it, so that positions can be mapped back to the example text.
public struct RuleTester: Sendable {
    /// A named way to turn example text into a document.
    public typealias Reader = (name: String, read: @Sendable (String) -> Document)

    /// The readers every example goes through.
    public let readers: [Reader]

    /// A tester running examples through `readers` (usually HTML and text).
    public init(readers: [Reader]) {
        self.readers = readers
    }

    /// The HTML page an HTML reader should read for an example: one `<p>` per paragraph (paragraphs are
    /// separated by blank lines), `#` lines as headings, `&`, `<` and `>` escaped.
    public static func htmlPage(for example: String) -> String {
        ExampleHTML(example).html
    }

    /// Runs every rule of the set, in order.
    public func run(_ rules: RuleSet) -> [RuleTestResult] {
        rules.rules.map { run($0, in: rules) }
    }

    /// Runs one rule's examples.
    public func run(_ rule: Rule, in rules: RuleSet) -> RuleTestResult {
        let id = rule.info.id
        let linter = Linter(rules: rules.filtered { $0.info.id == id })
        var failures: [RuleTestFailure] = []
        var checks = 0
        for (kind, list) in [(RuleTestFailure.Kind.flag, rule.examples.flag), (.pass, rule.examples.pass)] {
            for (index, marked) in list.enumerated() {
                guard case .success(let parsed) = ExampleMarkup.parse(marked) else { continue }
                for reader in readers {
                    checks += 1
                    let document = reader.read(parsed.text)
                    let report = linter.lint(document)
                    let got = report.findings.map { position(of: $0, in: document, text: parsed.text) }
                    let expected = kind == .flag ? parsed.spans : []
                    if got.map(\.range) != expected || got.contains(where: { $0.range == nil }) {
                        failures.append(failure(rule: id, reader: reader.name, kind: kind, index: index + 1,
                                                text: parsed.text, expected: expected, got: got))
                    }
                }
            }
        }
        return RuleTestResult(ruleID: id, checks: checks, failures: failures)
    }

    /// A finding's span in the example text, and its excerpt for messages.
    private struct Position {
        var range: Range<Int>?
        var excerpt: String
    }

    private func position(of finding: Finding, in document: Document, text: String) -> Position {
        let source = document.source.utf8
        let range = finding.span.start.offset..<finding.span.end.offset
        if source.elementsEqual(text.utf8) { return Position(range: range, excerpt: finding.excerpt) }
        let page = ExampleHTML(text)
        if source.elementsEqual(page.html.utf8) {
            return Position(range: page.textRange(of: range), excerpt: finding.excerpt)
        }
        return Position(range: nil, excerpt: finding.excerpt)
    }

    private func failure(rule: String, reader: String, kind: RuleTestFailure.Kind, index: Int, text: String,
                         expected: [Range<Int>], got: [Position]) -> RuleTestFailure {
        let source = SourceText(path: "example", string: text)
        func describe(_ range: Range<Int>) -> String {
            let bytes = Array(text.utf8)
            let excerpt = String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
            let start = source.location(at: range.lowerBound)
            let end = source.location(at: range.upperBound)
            return "\"\(excerpt)\" (\(start.line):\(start.column)-\(end.line):\(end.column))"
        }
        let expectedText = expected.isEmpty ? "no finding" : expected.map(describe).joined(separator: ", ")
        let gotText = got.isEmpty ? "nothing" : got.map { position in
            position.range.map(describe) ?? "\"\(position.excerpt)\" (outside the example text)"
        }.joined(separator: ", ")
        let message = "\(kind.rawValue) example \(index) (\(reader)): expected \(expectedText); got \(gotText)"
        return RuleTestFailure(ruleID: rule, reader: reader, kind: kind, exampleIndex: index, text: text,
                               expected: expected, got: got.compactMap(\.range), message: message)
    }
}
