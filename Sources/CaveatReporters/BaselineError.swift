/// A baseline file that cannot be used.
public struct BaselineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
