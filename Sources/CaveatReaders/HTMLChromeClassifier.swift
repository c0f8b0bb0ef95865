import CaveatDocument

/// Recognises page chrome from ARIA roles and from class and id names.
///
/// Class and id values are split into tokens, and tokens into their hyphen and underscore parts; a part must
/// equal a known word (`site-nav` and `nav_menu` match, `canvas` and `navigate` do not).
enum HTMLChromeClassifier {
    /// The region an ARIA `role` stands for; `main` is reported separately.
    static func region(forRole role: String) -> Region? {
        for token in role.lowercased().split(separator: " ") {
            switch token {
            case "navigation", "menubar", "menu": return .navigation
            case "banner": return .header
            case "contentinfo": return .footer
            case "complementary": return .aside
            case "search", "form": return .form
            case "dialog", "alertdialog": return .banner
            default: continue
            }
        }
        return nil
    }

    /// The chrome region a `class` or `id` value suggests. Header and footer words are ignored inside the
    /// article, where they name the article's own header and footer.
    static func region(forNames value: String, insideArticle: Bool) -> Region? {
        var value = value
        return value.withUTF8 { region(forNames: $0, insideArticle: insideArticle) }
    }

    /// The same, over the attribute's bytes.
    static func region(forNames bytes: UnsafeBufferPointer<UInt8>, insideArticle: Bool) -> Region? {
        var index = 0
        let count = bytes.count
        var partStart = 0
        var firstPart = true
        var skipToken = false
        while index <= count {
            let byte: UInt8 = index < count ? bytes[index] : 0x20
            let endsToken = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
            if endsToken || byte == 0x2D || byte == 0x5F {
                if index > partStart {
                    let part = UnsafeBufferPointer(rebasing: bytes[partStart..<index])
                    if firstPart, isNegation(part) {
                        skipToken = true
                    } else if !skipToken, let region = lookup(part),
                              !(insideArticle && (region == .header || region == .footer)) {
                        return region
                    }
                    firstPart = false
                }
                partStart = index + 1
                if endsToken {
                    firstPart = true
                    skipToken = false
                }
            }
            index += 1
        }
        return nil
    }

    /// Tokens such as `has-sidebar` or `no-header` describe a layout, not chrome.
    private static func isNegation(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        equals(part, "has") || equals(part, "no") || equals(part, "with") || equals(part, "without")
            || equals(part, "hide") || equals(part, "show") || equals(part, "toggle")
    }

    private static func lookup(_ part: UnsafeBufferPointer<UInt8>) -> Region? {
        guard let key = WordKey(part) else { return nil }
        return words[key]
    }

    /// A lowercased ASCII word of up to 16 bytes packed into two integers, so lookups allocate nothing.
    private struct WordKey: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count >= 2, bytes.count <= 16 else { return nil }
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                if offset < 8 { low |= lowered << (8 * UInt64(offset)) } else { high |= lowered << (8 * UInt64(offset - 8)) }
            }
        }

        init(_ word: String) {
            var word = word
            self = word.withUTF8 { WordKey($0)! }
        }
    }

    private static func equals(_ part: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard part.count == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for index in 0..<part.count where part[index] | 0x20 != pointer[index] { return false }
        return true
    }

    private static let words: [WordKey: Region] = {
        var table: [String: Region] = [:]
        for word in ["nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "pagination",
                     "pager", "topnav", "sitenav", "submenu", "megamenu"] { table[word] = .navigation }
        for word in ["header", "masthead", "topbar", "navheader"] { table[word] = .header }
        for word in ["footer", "colophon", "copyright"] { table[word] = .footer }
        for word in ["sidebar", "widget", "widgets", "related", "aside", "rail", "sidebox", "promo", "ad", "ads",
                     "advert", "advertisement", "adslot", "sponsor", "sponsored", "recommended", "trending"] {
            table[word] = .aside
        }
        for word in ["search", "searchform", "login", "signup"] { table[word] = .form }
        for word in ["cookie", "cookies", "consent", "gdpr", "ccpa", "newsletter", "subscribe", "subscription",
                     "popup", "modal", "overlay", "lightbox", "paywall", "interstitial"] { table[word] = .banner }
        for word in ["social", "share", "sharing", "sharebar", "comments", "comment", "disqus", "skip"] {
            table[word] = .chrome
        }
        return Dictionary(uniqueKeysWithValues: table.map { (WordKey($0.key), $0.value) })
    }()
}
