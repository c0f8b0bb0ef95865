/// Runs a `RegexProgram` over UTF-8 bytes by Thompson's construction simulated as a Pike VM (as in RE2): all
/// threads advance in lockstep, one scalar at a time, and each instruction holds at most one thread. The work is
/// O(text length × program size) whatever the pattern, so `(a+)+$` cannot blow up.
///
/// Threads are kept in priority order, which gives leftmost-first (Perl-like) results: the earliest start wins,
/// and among matches from that start, the one preferred by alternation order and greedy or lazy quantifiers.
/// A VM is scratch space for one caller at a time; `BoundedRegex` makes one per call.
final class RegexVM {
    private let program: RegexProgram
    private var current: RegexThreadList
    private var next: RegexThreadList
    /// Pending instruction indexes while a thread is followed through splits and jumps; each followed instruction
    /// pushes at most two, so twice the program size (plus the seed) always suffices.
    private let stack: UnsafeMutablePointer<Int32>

    init(program: RegexProgram) {
        self.program = program
        let size = program.instructions.count
        current = RegexThreadList(capacity: size)
        next = RegexThreadList(capacity: size)
        stack = .allocate(capacity: 2 * size + 2)
        stack.initialize(repeating: 0, count: 2 * size + 2)
    }

    deinit {
        stack.deallocate()
    }

    /// The leftmost-first match starting at or after byte offset `from` (a scalar boundary); with `earliest`, any
    /// match, found as soon as one ends (enough to answer "is there a match?").
    func search(_ text: UnsafeBufferPointer<UInt8>, from: Int, earliest: Bool = false) -> Range<Int>? {
        program.instructions.withUnsafeBufferPointer { code in
            program.classes.withUnsafeBufferPointer { classes in
                run(code: code, classes: classes, text: text, from: from, earliest: earliest)
            }
        }
    }

    private func run(
        code: UnsafeBufferPointer<RegexInstruction>, classes: UnsafeBufferPointer<RegexCharClass>,
        text: UnsafeBufferPointer<UInt8>, from: Int, earliest: Bool
    ) -> Range<Int>? {
        let end = text.count
        var position = from
        var matched: Range<Int>?
        current.removeAll()
        while true {
            if matched == nil && (position == from || !program.anchoredAtStart) {
                if current.isEmpty, let firstBytes = program.firstBytes {
                    // Nothing in flight: jump to the next byte that can start a match.
                    while position < end && firstBytes[Int(text[position])] == 0 { position += 1 }
                    if position == end { return nil }
                }
                follow(0, start: position, into: current, code: code, text: text, at: position)
            }
            if current.isEmpty { return matched }
            guard position < end else {
                // Only threads that have reached `match` can still succeed; the first in priority order wins.
                for slot in 0..<current.count where code[Int(current.dense[slot])].opcode == .match {
                    return current.starts[Int(current.dense[slot])]..<end
                }
                return matched
            }
            let (scalar, length) = RegexScalars.decode(text, at: position)
            let nextPosition = position + length
            next.removeAll()
            for slot in 0..<current.count {
                let pc = current.dense[slot]
                let instruction = code[Int(pc)]
                let accepted: Bool
                switch instruction.opcode {
                case .match:
                    matched = current.starts[Int(pc)]..<position
                    if earliest { return matched }
                    accepted = false
                case .scalar:
                    accepted = scalar == UInt32(bitPattern: instruction.x)
                case .scalarPair:
                    accepted = scalar == UInt32(bitPattern: instruction.x) || scalar == UInt32(bitPattern: instruction.y)
                case .set:
                    accepted = classes[Int(instruction.x)].contains(scalar)
                case .any:
                    accepted = true
                case .anyButNewline:
                    accepted = scalar != 0x0A
                case .split, .jump, .assert:
                    accepted = false
                }
                if instruction.opcode == .match {
                    break  // lower-priority threads could only produce a less preferred match
                }
                if accepted {
                    follow(pc + 1, start: current.starts[Int(pc)], into: next, code: code, text: text, at: nextPosition)
                }
            }
            swap(&current, &next)
            position = nextPosition
        }
    }

    /// Adds the thread at `pc` to `list`, following splits, jumps and assertions (evaluated at `position`) so that
    /// only consuming instructions and `match` end up holding threads, in priority order.
    @inline(__always)
    private func follow(
        _ pc: Int32, start: Int, into list: RegexThreadList, code: UnsafeBufferPointer<RegexInstruction>,
        text: UnsafeBufferPointer<UInt8>, at position: Int
    ) {
        var depth = 1
        stack[0] = pc
        while depth > 0 {
            depth -= 1
            let pc = stack[depth]
            if list.contains(pc) { continue }
            list.insert(pc, start: start)
            let instruction = code[Int(pc)]
            switch instruction.opcode {
            case .jump:
                stack[depth] = instruction.x
                depth += 1
            case .split:
                // Pushed in reverse so the preferred branch is explored (and claims instructions) first.
                stack[depth] = instruction.y
                stack[depth + 1] = instruction.x
                depth += 2
            case .assert:
                if let assertion = RegexAssertion(rawValue: instruction.x), assertion.holds(in: text, at: position) {
                    stack[depth] = pc + 1
                    depth += 1
                }
            case .scalar, .scalarPair, .set, .any, .anyButNewline, .match:
                break
            }
        }
    }
}
