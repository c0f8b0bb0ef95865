import CaveatDocument

/// One open element during HTML extraction, with everything its descendants inherit.
///
/// Plain data (no references), so pushing and copying frames costs no reference counting.
struct HTMLFrame {
    /// Index of the element in the parse's element table (-1 for the document).
    var element: Int32
    var tag: HTMLElementInfo.Tag
    /// Whether the element starts and ends blocks.
    var isBlock: Bool
    var kind: BlockKind
    var level: Int
    var region: Region
    /// Whether `region` comes from an element or ARIA role (firm) rather than a class or id name (a guess).
    var regionIsStructural: Bool
    /// Inside `<main>`, `<article>` or `role=main`.
    var inMain: Bool
    var collectsText: Bool
    var preformatted: Bool
    /// Index in the frame stack of the block element that owns the text being collected.
    var owner: Int
    var opensLink: Bool

    /// The document itself, below `<html>`.
    static let root = HTMLFrame(element: -1, tag: .document, isBlock: true, kind: .paragraph, level: 0, region: .body,
                                regionIsStructural: false, inMain: false, collectsText: true,
                                preformatted: false, owner: 0, opensLink: false)
}
