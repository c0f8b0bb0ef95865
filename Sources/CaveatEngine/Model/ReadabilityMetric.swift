/// A document score a `metric` rule compares with its threshold.
enum ReadabilityMetric: String, Sendable, CaseIterable {
    /// Flesch–Kincaid grade level; the rule fires when the grade is above the threshold.
    case fleschKincaidGrade = "flesch-kincaid-grade"
    /// Flesch reading ease; the rule fires when the score is below the threshold.
    case fleschReadingEase = "flesch-reading-ease"
}
