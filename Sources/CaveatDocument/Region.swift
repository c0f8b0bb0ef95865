/// Where on the page a block sits: the article itself, or page chrome around it.
///
/// Rules look at the article body by default; contact details in a footer are not a finding.
public enum Region: String, Sendable, Hashable, Codable, CaseIterable {
    /// The article: main content, or everything when the page has no recognisable chrome.
    case body
    /// Site navigation (`<nav>`, `role=navigation`, menus, breadcrumbs).
    case navigation
    /// Page or site header (`<header>` outside the article, `role=banner`).
    case header
    /// Page or site footer (`<footer>` outside the article, `role=contentinfo`).
    case footer
    /// Side content (`<aside>`, `role=complementary`, sidebars, widgets).
    case aside
    /// Forms and their labels (`<form>`, `role=form`, `role=search`).
    case form
    /// Cookie, consent and newsletter banners, pop-ups and modals.
    case banner
    /// Anything else that lies outside `<main>` or `<article>` when the page has one.
    case chrome

    /// Whether the region is page chrome rather than the article.
    public var isChrome: Bool { self != .body }
}
