public import CaveatEngine
import CaveatDocument
import CaveatReaders

/// The readers every rule example goes through: the real HTML reader (over the example wrapped as a page) and the
/// real text reader in Markdown mode (so `# Heading` lines in examples open sections, as in the HTML page), so an
/// example that passes here passes on real files of both kinds.
public enum ExampleReaders {
    public static let html: RuleTester.Reader = (name: "html", read: { text in
        HTMLReader().read(SourceText(path: "example.html", string: RuleTester.htmlPage(for: text)))
    })

    public static let text: RuleTester.Reader = (name: "text", read: { text in
        PlainTextReader(markdown: true).read(SourceText(path: "example.md", string: text))
    })

    public static let all: [RuleTester.Reader] = [html, text]
}
