import CaveatDocument
public import CaveatEngine
public import Foundation

/// Measures rules against a labelled set. It does not know how to lint: the caller passes a function that lints one
/// file, so the same evaluator serves the CLI's driver, tests and benchmarks.
public struct Evaluator: Sendable {
    public var labels: LabelSet

    public init(labels: LabelSet) {
        self.labels = labels
    }

    /// Lints every document with `lint` and scores each judged rule. A document whose linting throws, or whose
    /// report carries a fatal input error, is reported as an error and left out of the scores.
    public func evaluate(using lint: (URL) throws -> FileReport) -> EvaluationReport {
        var outcomes: [DocumentOutcome] = []
        outcomes.reserveCapacity(labels.documents.count)
        for document in labels.documents {
            do {
                outcomes.append(outcome(of: document, report: try lint(document.url)))
            } catch {
                outcomes.append(failure(of: document, message: String(describing: error)))
            }
        }
        return report(outcomes)
    }

    /// The same as `evaluate(using:)` for a driver whose lint function is asynchronous.
    public func evaluate(using lint: (URL) async throws -> FileReport) async -> EvaluationReport {
        var outcomes: [DocumentOutcome] = []
        outcomes.reserveCapacity(labels.documents.count)
        for document in labels.documents {
            do {
                outcomes.append(outcome(of: document, report: try await lint(document.url)))
            } catch {
                outcomes.append(failure(of: document, message: String(describing: error)))
            }
        }
        return report(outcomes)
    }

    /// Compares one document's findings with its labels.
    public func outcome(of document: LabeledDocument, report: FileReport) -> DocumentOutcome {
        if let error = report.errors.first(where: \.isFatal) {
            return failure(of: document, message: error.message)
        }
        let fired = Set(report.findings.map(\.ruleID))
        let found = document.rules.filter { fired.contains($0) }
        let expected = document.rules.filter { document.expect.contains($0) }
        let missed = document.locations.filter { location in
            !report.findings.contains { finding in
                finding.ruleID == location.rule && finding.span.start.line == location.line
                    && finding.span.start.column == location.column
            }
        }
        return DocumentOutcome(path: document.path, expected: expected, found: found,
                               falsePositives: found.filter { !document.expect.contains($0) },
                               falseNegatives: expected.filter { !fired.contains($0) },
                               missedLocations: missed)
    }

    private func failure(of document: LabeledDocument, message: String) -> DocumentOutcome {
        DocumentOutcome(path: document.path, expected: document.rules.filter { document.expect.contains($0) },
                        found: [], error: message)
    }

    private func report(_ outcomes: [DocumentOutcome]) -> EvaluationReport {
        var scores = labels.rules.map { RuleScore(rule: $0) }
        let position = Dictionary(uniqueKeysWithValues: labels.rules.enumerated().map { ($1, $0) })
        for (document, outcome) in zip(labels.documents, outcomes) where outcome.error == nil {
            for rule in document.rules {
                guard let index = position[rule] else { continue }
                let expected = document.expect.contains(rule)
                let fired = outcome.found.contains(rule)
                switch (expected, fired) {
                case (true, true): scores[index].truePositives += 1
                case (false, true): scores[index].falsePositives += 1
                case (true, false): scores[index].falseNegatives += 1
                case (false, false): scores[index].trueNegatives += 1
                }
            }
        }
        return EvaluationReport(labels: labels.name, scores: scores, documents: outcomes)
    }
}
