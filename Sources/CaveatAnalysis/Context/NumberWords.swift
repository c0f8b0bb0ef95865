/// English number words that can stand for a count (`two tablets`, `three times a day`).
enum NumberWords {
    private static let table: [UInt64: Double] = {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve"]
        var table: [UInt64: Double] = [:]
        for (value, word) in words.enumerated() { table[CueScanner.key(of: word)] = Double(value) }
        table[CueScanner.key(of: "half")] = 0.5
        return table
    }()

    /// The value of a number word token, or `nil`.
    static func value(of key: UInt64) -> Double? { table[key] }
}
