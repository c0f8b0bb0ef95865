public import Foundation

/// One document of a labelled set and what the rules should say about it.
public struct LabeledDocument: Sendable, Hashable {
    /// The path as written in the labels file (relative to the labels file, or absolute).
    public var path: String
    /// The file to lint.
    public var url: URL
    /// The evaluated rules that must fire on the document; every other evaluated rule must stay silent.
    public var expect: Set<String>
    /// The rules judged on this document (the label set's rules unless the document narrows them).
    public var rules: [String]
    /// Exact positions some of the expected findings must start at.
    public var locations: [ExpectedLocation]
    /// Why the document is labelled the way it is.
    public var note: String?

    public init(path: String, url: URL, expect: Set<String>, rules: [String], locations: [ExpectedLocation] = [],
                note: String? = nil) {
        self.path = path
        self.url = url
        self.expect = expect
        self.rules = rules
        self.locations = locations
        self.note = note
    }
}
