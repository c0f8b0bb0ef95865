/// Runs a `RegexProgram` over UTF-8 bytes by Thompson's construction simulated as a Pike VM (as in RE2): all
/// threads advance in lockstep, one scalar at a time, and each instruction holds at most one thread. The work is
/// O(text length × program size) whatever the pattern, so `(a+)+$` cannot blow up.
///
/// Threads are kept in priority order, which gives leftmost-first (Perl-like) results: the earliest start wins,
/// and among matches from that start, the one preferred by alternation order and greedy or lazy quantifiers.
/// A VM is scratch space for one caller at a time; `BoundedRegex` makes one per call. It is a noncopyable struct
/// so that its thread lists are checked for exclusive access at compile time, not on every step.
struct RegexVM: ~Copyable {
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

    // MARK: One match

    /// The leftmost-first match starting at or after byte offset `from` (a scalar boundary); with `earliest`, any
    /// match, found as soon as one ends (enough to answer "is there a match?").
    mutating func search(_ text: UnsafeBufferPointer<UInt8>, from: Int, earliest: Bool = false) -> Range<Int>? {
        let program = program
        return program.instructions.withUnsafeBufferPointer { code in
            program.classes.withUnsafeBufferPointer { classes in
                search(code: code, classes: classes, text: text, from: from, earliest: earliest)
            }
        }
    }

    private mutating func search(
        code: UnsafeBufferPointer<RegexInstruction>, classes: UnsafeBufferPointer<RegexCharClass>,
        text: UnsafeBufferPointer<UInt8>, from: Int, earliest: Bool
    ) -> Range<Int>? {
        let end = text.count
        let anchored = program.anchoredAtStart
        let firstBytes = program.firstBytes
        let stack = stack
        var position = from
        var matched: Range<Int>?
        current.removeAll()
        while true {
            let seeding = matched == nil && (position == from || !anchored)
            if seeding {
                if current.isEmpty, let firstBytes {
                    // Nothing in flight: jump to the next byte that can start a match.
                    current.removeAll()  // forget the splits and assertions passed at the old position
                    while position < end && firstBytes[Int(text[position])] == 0 { position += 1 }
                    if position == end { return nil }
                }
                if Self.mayStart(at: position, in: text, firstBytes: firstBytes) {
                    Self.follow(0, start: position, level: 0, into: &current, stack: stack, code: code, text: text,
                                at: position)
                }
            }
            if current.isEmpty {
                // No thread survived (an assertion failed, say): try the next start, if one may still begin.
                guard seeding && position < end else { return matched }
                position += RegexScalars.decode(text, at: position).length
                current.removeAll()  // forget the splits and assertions passed at the old position
                continue
            }
            let (scalar, length) = position < end ? RegexScalars.decode(text, at: position) : (RegexScalars.invalid, 0)
            next.removeAll()
            for slot in 0..<current.count {
                let pc = current.dense[slot]
                let instruction = code[Int(pc)]
                if instruction.opcode == .match {
                    matched = current.starts[Int(pc)]..<position
                    if earliest { return matched }
                    break  // lower-priority threads could only produce a less preferred match
                }
                if length > 0 && Self.accepts(instruction, scalar, classes) {
                    Self.follow(pc + 1, start: current.starts[Int(pc)], level: 0, into: &next, stack: stack,
                                code: code, text: text, at: position + length)
                }
            }
            if length == 0 { return matched }
            swap(&current, &next)
            position += length
        }
    }

    // MARK: All matches

    /// One search in the chain that `allMatches` runs at once: it looks for the leftmost-first match that starts
    /// at or after `from`.
    private struct Level {
        var from: Int
        var match: Range<Int>?
    }

    /// All non-overlapping leftmost-first matches, found in one pass over the text.
    ///
    /// Searching again after each match would rescan text whenever a preferred thread outlives the match it must
    /// beat (`a.*b|a` over many `a`s scans to the end after every `a`: quadratic time). Instead, as soon as a match
    /// is recorded, the search for the next one starts in the same thread list, as a lower-priority "level". A level
    /// thread that reaches an instruction already held by a shallower level has the same future as that thread, so
    /// it is dropped without changing any result: if the shallower thread dies, so would it; if the shallower one
    /// matches, that match ends later, and every deeper level is discarded and restarted from the new end. A level's
    /// match is final when the level has no threads left; then it is reported and the next level becomes the first.
    /// The list still holds at most one thread per instruction, so the whole pass is O(text length × program size).
    ///
    /// After an empty match the next search starts one scalar later, so the results equal those of repeated
    /// `search` calls (empty matches at the end of a previous match are allowed, as in ICU and Perl).
    mutating func allMatches(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let program = program
        return program.instructions.withUnsafeBufferPointer { code in
            program.classes.withUnsafeBufferPointer { classes in
                allMatches(code: code, classes: classes, text: text)
            }
        }
    }

    private mutating func allMatches(
        code: UnsafeBufferPointer<RegexInstruction>, classes: UnsafeBufferPointer<RegexCharClass>,
        text: UnsafeBufferPointer<UInt8>
    ) -> [Range<Int>] {
        let end = text.count
        let anchored = program.anchoredAtStart
        let firstBytes = program.firstBytes
        let stack = stack
        var results: [Range<Int>] = []
        // `levels[i]` is level number `base + i` (the number threads carry). Levels below `first` have been
        // reported and are dropped in batches; the last level has no match yet and takes the new threads.
        var levels = [Level(from: 0)]
        var base = 0
        var first = 0
        var position = 0
        current.removeAll()
        while true {
            let deepest = levels.count - 1
            if current.isEmpty {
                // Only the deepest level is left and it has nothing in flight: skip to where it may start.
                current.removeAll()  // forget the splits and assertions passed at an earlier position
                position = max(position, levels[deepest].from)
                if position > end || (anchored && position > 0) { break }
                if let firstBytes {
                    while position < end && firstBytes[Int(text[position])] == 0 { position += 1 }
                    if position == end { break }
                }
            }
            if position >= levels[deepest].from && (position == 0 || !anchored)
                && Self.mayStart(at: position, in: text, firstBytes: firstBytes) {
                Self.follow(0, start: position, level: base + deepest, into: &current, stack: stack, code: code,
                            text: text, at: position)
            }
            let (scalar, length) = position < end ? RegexScalars.decode(text, at: position) : (RegexScalars.invalid, 0)
            next.removeAll()
            var slot = 0
            while slot < current.count {
                let pc = current.dense[slot]
                let instruction = code[Int(pc)]
                let level = current.levels[Int(pc)]
                if instruction.opcode == .match {
                    // The best match so far for this level; everything after it in the list is either a less
                    // preferred thread of the same level or a deeper level that assumed the old match end.
                    let match = current.starts[Int(pc)]..<position
                    current.truncate(to: slot)
                    levels.removeSubrange((level - base + 1)...)
                    levels[level - base].match = match
                    let from = match.isEmpty ? position + max(length, 1) : position
                    levels.append(Level(from: from))
                    if from == position && (position == 0 || !anchored)
                        && Self.mayStart(at: position, in: text, firstBytes: firstBytes) {
                        Self.follow(0, start: position, level: level + 1, into: &current, stack: stack, code: code,
                                    text: text, at: position)
                        continue  // the new level's threads now fill the list from `slot` on
                    }
                    break
                }
                if length > 0 && Self.accepts(instruction, scalar, classes) {
                    Self.follow(pc + 1, start: current.starts[Int(pc)], level: level, into: &next, stack: stack,
                                code: code, text: text, at: position + length)
                }
                slot += 1
            }
            // Report every leading level whose match nothing can improve any more.
            while first < levels.count - 1, let match = levels[first].match,
                  next.isEmpty || next.levels[Int(next.dense[0])] != base + first {
                results.append(match)
                first += 1
            }
            if first >= 1024 && 2 * first >= levels.count {
                levels.removeFirst(first)
                base += first
                first = 0
            }
            if length == 0 { break }
            swap(&current, &next)
            position += length
        }
        for level in levels[first...] {
            if let match = level.match { results.append(match) }
        }
        return results
    }

    // MARK: Steps

    /// Whether a match may start at `position`: seeding a thread there is wasted work when the byte cannot begin
    /// a match, since every thread it adds would die at the first step (and they have the lowest priority).
    @inline(__always)
    private static func mayStart(at position: Int, in text: UnsafeBufferPointer<UInt8>, firstBytes: [UInt8]?) -> Bool {
        guard let firstBytes else { return true }
        return position < text.count && firstBytes[Int(text[position])] != 0
    }

    @inline(__always)
    private static func accepts(
        _ instruction: RegexInstruction, _ scalar: UInt32, _ classes: UnsafeBufferPointer<RegexCharClass>
    ) -> Bool {
        switch instruction.opcode {
        case .scalar: scalar == UInt32(bitPattern: instruction.x)
        case .scalarPair: scalar == UInt32(bitPattern: instruction.x) || scalar == UInt32(bitPattern: instruction.y)
        case .set: classes[Int(instruction.x)].contains(scalar)
        case .any: true
        case .anyButNewline: scalar != 0x0A
        case .split, .jump, .assert, .match: false
        }
    }

    /// Adds the thread at `pc` to `list`, following splits, jumps and assertions (evaluated at `position`) so that
    /// only consuming instructions and `match` end up holding threads, in priority order.
    @inline(__always)
    private static func follow(
        _ pc: Int32, start: Int, level: Int, into list: inout RegexThreadList, stack: UnsafeMutablePointer<Int32>,
        code: UnsafeBufferPointer<RegexInstruction>, text: UnsafeBufferPointer<UInt8>, at position: Int
    ) {
        if code[Int(pc)].holdsThread {
            // A consuming instruction or `match` (the common case after a step): nothing to follow.
            if !list.contains(pc) { list.insert(pc, start: start, level: level) }
            return
        }
        var depth = 1
        stack[0] = pc
        while depth > 0 {
            depth -= 1
            let pc = stack[depth]
            let instruction = code[Int(pc)]
            if instruction.holdsThread {
                if !list.contains(pc) { list.insert(pc, start: start, level: level) }
                continue
            }
            if !list.visit(pc) { continue }
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
