import CaveatDocument
import CaveatEngine
import CaveatReaders

/// The readers rule examples go through: HTML (the real reader, over `RuleTester.htmlPage(for:)`) and text.
enum TestReaders {
    static let html: RuleTester.Reader = (name: "html", read: { text in
        HTMLReader().read(SourceText(path: "example.html", string: RuleTester.htmlPage(for: text)))
    })

    static let text: RuleTester.Reader = (name: "text", read: { text in
        PlainTextReader(markdown: true).read(SourceText(path: "example.md", string: text))
    })

    static let all: [RuleTester.Reader] = [html, text]

    /// Reads a test document as text.
    static func document(_ text: String, path: String = "article.txt") -> Document {
        PlainTextReader(markdown: true).read(SourceText(path: path, string: text))
    }
}
