public import CaveatEngine
import CaveatDocument
import CaveatReaders

/// The readers every rule example goes through: the real HTML reader (over the example wrapped as a page) and the
/// real plain-text reader, so an example that passes here passes on real files of both kinds.
public enum ExampleReaders {
    public static let html: RuleTester.Reader = (name: "html", read: { text in
        HTMLReader().read(SourceText(path: "example.html", string: RuleTester.htmlPage(for: text)))
    })

    public static let text: RuleTester.Reader = (name: "text", read: { text in
        PlainTextReader(markdown: false).read(SourceText(path: "example.txt", string: text))
    })

    public static let all: [RuleTester.Reader] = [html, text]
}
