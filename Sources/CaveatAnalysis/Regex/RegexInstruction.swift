/// One instruction of the Pike VM program.
///
/// Consuming instructions test the scalar at the current position and, on success, let the thread continue at the
/// next instruction one scalar later; the others are followed immediately, while the thread list is built.
struct RegexInstruction: Sendable, Hashable {
    enum Opcode: UInt8, Sendable, Hashable {
        /// Consumes scalar `x`.
        case scalar
        /// Consumes scalar `x` or scalar `y` (a case-folded letter).
        case scalarPair
        /// Consumes a member of class number `x`.
        case set
        /// Consumes any scalar (and any byte that is not valid UTF-8).
        case any
        /// Consumes any scalar except `\n`.
        case anyButNewline
        /// The thread has matched.
        case match
        /// Continues at `x` and, with lower priority, at `y`.
        case split
        /// Continues at `x`.
        case jump
        /// Continues at the next instruction if assertion `x` holds here.
        case assert

        /// Whether a thread stops here (consuming instructions and `match`) rather than passing through at once
        /// (splits, jumps, assertions). The cases are ordered so that this is one comparison.
        @inline(__always)
        var holdsThread: Bool { rawValue <= Opcode.match.rawValue }
    }

    let opcode: Opcode
    var x: Int32
    var y: Int32
    /// `opcode.holdsThread`, stored because the VM asks for every thread at every position.
    let holdsThread: Bool

    init(_ opcode: Opcode, _ x: Int32 = 0, _ y: Int32 = 0) {
        self.opcode = opcode
        self.x = x
        self.y = y
        self.holdsThread = opcode.holdsThread
    }
}
