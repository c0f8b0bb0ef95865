/// The result of evaluating rules against a labelled set: per-rule scores and per-document outcomes.
public struct EvaluationReport: Sendable, Hashable, Codable {
    /// The label set's name.
    public var labels: String
    /// One score per evaluated rule, in the label set's order.
    public var scores: [RuleScore]
    /// One outcome per document, in the label set's order.
    public var documents: [DocumentOutcome]

    public init(labels: String, scores: [RuleScore], documents: [DocumentOutcome]) {
        self.labels = labels
        self.scores = scores
        self.documents = documents
    }

    /// All rules' counts added up (micro-average).
    public var total: RuleScore {
        var total = RuleScore(rule: "(all)")
        for score in scores { total.add(score) }
        return total
    }

    /// Documents that did not come out exactly as labelled.
    public var mistakes: [DocumentOutcome] { documents.filter { !$0.isCorrect } }

    /// Whether every document came out exactly as labelled.
    public var isPerfect: Bool { mistakes.isEmpty }

    /// A plain-text table of the scores followed by one line per mistake.
    public func render() -> String {
        let width = max(28, (scores.map(\.rule.count) + [5]).max() ?? 0)
        var lines = ["\(pad("rule", width))  docs    TP    FP    FN  precision  recall"]
        for score in scores + [total] {
            lines.append(pad(score.rule, width) + "  " + number(score.documents) + "  "
                + number(score.truePositives) + "  " + number(score.falsePositives) + "  "
                + number(score.falseNegatives) + "  " + ratio(score.precision, width: 9) + "  "
                + ratio(score.recall, width: 6))
        }
        let mistakes = self.mistakes
        if !mistakes.isEmpty { lines.append("") }
        for outcome in mistakes {
            if let error = outcome.error {
                lines.append("\(outcome.path): error: \(error)")
                continue
            }
            for rule in outcome.falsePositives { lines.append("\(outcome.path): unexpected \(rule)") }
            for rule in outcome.falseNegatives { lines.append("\(outcome.path): missed \(rule)") }
            for location in outcome.missedLocations {
                lines.append("\(outcome.path): no \(location.rule) at \(location.line):\(location.column)")
            }
        }
        lines.append("")
        lines.append("\(documents.count) documents, \(mistakes.count) not as labelled")
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func number(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }

    private func ratio(_ value: Double?, width: Int) -> String {
        let text: String
        if let value {
            // Three decimals without Foundation formatting: round to thousandths.
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            text = "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        } else {
            text = "-"
        }
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
