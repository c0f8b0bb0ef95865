/// Holds the parse state for libxml2's C callbacks, which reach it through `userData`.
final class HTMLParseBox {
    var state: HTMLParseState

    init(_ state: HTMLParseState) {
        self.state = state
    }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> HTMLParseBox? {
        guard let pointer else { return nil }
        return Unmanaged<HTMLParseBox>.fromOpaque(pointer).takeUnretainedValue()
    }
}
