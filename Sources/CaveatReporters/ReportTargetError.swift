/// A `--report` argument that cannot be used.
public struct ReportTargetError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
