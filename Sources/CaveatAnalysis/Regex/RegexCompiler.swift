/// Compiles a `RegexNode` tree into a `RegexProgram` for the Pike VM, refusing programs over the size limit.
struct RegexCompiler {
    /// The most instructions a program may have: the VM's work per text position is bounded by this, and counted
    /// repetition multiplies it (`(a{1000}){1000}` would otherwise need a million).
    static let maxInstructions = 10_000

    private var instructions: [RegexInstruction] = []
    private var classes: [RegexCharClass] = []
    private var classIndex: [RegexCharClass: Int32] = [:]

    static func compile(_ root: RegexNode) throws(RegexSyntaxError) -> RegexProgram {
        var compiler = RegexCompiler()
        try compiler.emit(root)
        compiler.append(RegexInstruction(.match))
        let firstBytes = compiler.firstBytes()
        return RegexProgram(
            instructions: compiler.instructions, classes: compiler.classes,
            anchoredAtStart: root.isAnchoredAtStart, firstBytes: firstBytes)
    }

    @discardableResult
    private mutating func append(_ instruction: RegexInstruction) -> Int {
        instructions.append(instruction)
        return instructions.count - 1
    }

    private var here: Int32 { Int32(instructions.count) }

    private mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
        guard instructions.count <= Self.maxInstructions else {
            throw RegexSyntaxError(
                offset: 0,
                message: "pattern too large: it compiles to more than \(Self.maxInstructions) instructions; "
                    + "lower the counts in {n,m} or split the rule")
        }
        switch node {
        case .empty:
            break
        case .literal(let scalars):
            switch scalars.count {
            case 1: append(RegexInstruction(.scalar, Int32(scalars[0])))
            case 2: append(RegexInstruction(.scalarPair, Int32(scalars[0]), Int32(scalars[1])))
            default:
                var builder = RegexCharClass.Builder()
                for scalar in scalars { builder.add(scalar) }
                emitSet(builder.build(caseInsensitive: false, negated: false))
            }
        case .set(let set):
            emitSet(set)
        case .any(let dotAll):
            append(RegexInstruction(dotAll ? .any : .anyButNewline))
        case .assertion(let assertion):
            append(RegexInstruction(.assert, assertion.rawValue))
        case .concatenation(let nodes):
            for node in nodes { try emit(node) }
        case .alternation(let nodes):
            try emitAlternation(nodes)
        case .repetition(let node, let min, let max, let greedy):
            try emitRepetition(node, min: min, max: max, greedy: greedy)
        }
    }

    private mutating func emitSet(_ set: RegexCharClass) {
        let index: Int32
        if let known = classIndex[set] {
            index = known
        } else {
            index = Int32(classes.count)
            classes.append(set)
            classIndex[set] = index
        }
        append(RegexInstruction(.set, index))
    }

    /// `split next1, L2; next1: a; jump end; L2: split …; last: z; end:`.
    private mutating func emitAlternation(_ alternatives: [RegexNode]) throws(RegexSyntaxError) {
        let nodes = Self.factoringPrefixes(of: alternatives)
        if nodes.count == 1 {
            try emit(nodes[0])
            return
        }
        var jumps: [Int] = []
        for (position, node) in nodes.enumerated() {
            if position == nodes.count - 1 {
                try emit(node)
            } else {
                let split = append(RegexInstruction(.split, here + 1))
                try emit(node)
                jumps.append(append(RegexInstruction(.jump)))
                instructions[split].y = here
            }
        }
        for jump in jumps { instructions[jump].x = here }
    }

    /// Merges adjacent alternatives that begin with the same literal: `actiq|adderall|advil` becomes
    /// `a(?:ctiq|d(?:derall|vil))`. A thread is started for every alternative at every position, so a rule's list
    /// of 80 brand names costs 80 splits per character unfactored and a few factored. Only adjacent alternatives
    /// merge, which keeps their order of preference: `c(?:x|y)` prefers `cx` exactly as `cx|cy` does.
    private static func factoringPrefixes(of alternatives: [RegexNode], depth: Int = 0) -> [RegexNode] {
        // Each shared character is one level of recursion; long shared prefixes stay partly unfactored rather than
        // risk the stack of a pool thread.
        guard depth < 64 else { return alternatives }
        var result: [RegexNode] = []
        var index = 0
        while index < alternatives.count {
            guard let (head, _) = split(alternatives[index]) else {
                result.append(alternatives[index])
                index += 1
                continue
            }
            var rests: [RegexNode] = []
            var end = index
            while end < alternatives.count, let (otherHead, rest) = split(alternatives[end]), otherHead == head {
                rests.append(rest)
                end += 1
            }
            if rests.count == 1 {
                result.append(alternatives[index])
            } else {
                let tails = factoringPrefixes(of: rests, depth: depth + 1)
                result.append(.concatenation([head, tails.count == 1 ? tails[0] : .alternation(tails)]))
            }
            index = end
        }
        return result
    }

    /// A node's leading literal and what follows it, or `nil` when it does not start with a literal.
    private static func split(_ node: RegexNode) -> (head: RegexNode, rest: RegexNode)? {
        switch node {
        case .literal:
            return (node, .empty)
        case .concatenation(let nodes):
            guard let first = nodes.first, case .literal = first else { return nil }
            let rest = Array(nodes.dropFirst())
            switch rest.count {
            case 0: return (first, .empty)
            case 1: return (first, rest[0])
            default: return (first, .concatenation(rest))
            }
        default:
            return nil
        }
    }

    private mutating func emitRepetition(
        _ node: RegexNode, min: Int, max: Int?, greedy: Bool
    ) throws(RegexSyntaxError) {
        // A split lists the preferred continuation first: greedy prefers another iteration, lazy prefers leaving.
        func split(_ iterate: Int32, _ leave: Int32) -> RegexInstruction {
            greedy ? RegexInstruction(.split, iterate, leave) : RegexInstruction(.split, leave, iterate)
        }
        guard let max else {
            if min == 0 {
                // loop: split body, end; body: node; jump loop; end:
                let loop = append(RegexInstruction(.split))
                try emit(node)
                append(RegexInstruction(.jump, Int32(loop)))
                instructions[loop] = split(Int32(loop) + 1, here)
            } else {
                for _ in 0..<(min - 1) { try emit(node) }
                // body: node; split body, end
                let body = here
                try emit(node)
                append(split(body, here + 1))
            }
            return
        }
        for _ in 0..<min { try emit(node) }
        guard max > min else { return }
        // Optional copies nest, (x(x(x)?)?)?, so a failed copy skips all the rest at once.
        var splits: [Int] = []
        for _ in min..<max {
            splits.append(append(RegexInstruction(.split)))
            try emit(node)
        }
        for index in splits { instructions[index] = split(Int32(index) + 1, here) }
    }

    /// Bytes that can begin a match, found by following every path from the first instruction to the first
    /// consuming instruction (assertions are taken as passing); `nil` when no byte can be ruled out.
    private func firstBytes() -> [UInt8]? {
        var table = [UInt8](repeating: 0, count: 256)
        var visited = Set<Int>()
        var pending = [0]
        while let pc = pending.popLast() {
            guard visited.insert(pc).inserted else { continue }
            let instruction = instructions[pc]
            switch instruction.opcode {
            case .match, .any, .anyButNewline:
                return nil
            case .scalar:
                table[Int(RegexCharClass.leadByte(of: UInt32(instruction.x)))] = 1
            case .scalarPair:
                table[Int(RegexCharClass.leadByte(of: UInt32(instruction.x)))] = 1
                table[Int(RegexCharClass.leadByte(of: UInt32(instruction.y)))] = 1
            case .set:
                let set = classes[Int(instruction.x)]
                // A broad class can start on a stray byte, which the skip loop could jump over; don't skip.
                if set.containsInvalid { return nil }
                for byte in 0..<256 where set.mayStart(with: UInt8(byte)) { table[byte] = 1 }
            case .split:
                pending.append(Int(instruction.x))
                pending.append(Int(instruction.y))
            case .jump:
                pending.append(Int(instruction.x))
            case .assert:
                pending.append(pc + 1)
            }
        }
        return table.contains(0) ? table : nil
    }
}
