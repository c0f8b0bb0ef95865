/// Terminal colours for the `text` report; every helper returns the text unchanged when colour is off.
struct ANSI: Sendable {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func caret(_ text: String) -> String { wrap(text, "1;32") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    func severity(_ text: String, _ code: String) -> String { wrap(text, code) }

    static let red = "1;31", yellow = "1;33", cyan = "1;36"

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
