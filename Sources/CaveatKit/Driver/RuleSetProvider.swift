import CaveatEngine
import Synchronization

/// Loads rule sets once per distinct list of sources: the run's own (`--rules`, built-in) plus each
/// configuration file's `rulePaths`. Thread-safe, since files are linted in parallel.
final class RuleSetProvider: Sendable {
    private let baseSources: [RuleSource]
    private let cache = Mutex<[[String]: Result<RuleSet, RuleLoadError>]>([:])

    init(baseSources: [RuleSource]) {
        self.baseSources = baseSources
    }

    /// The base rules plus the extra rule paths (all or nothing).
    func ruleSet(extraPaths: [String]) throws(RuleLoadError) -> RuleSet {
        if let cached = cache.withLock({ $0[extraPaths] }) { return try cached.get() }
        let result: Result<RuleSet, RuleLoadError>
        do {
            result = .success(try RuleSet.load(baseSources + extraPaths.map { .path($0) }))
        } catch {
            result = .failure(error)
        }
        cache.withLock { $0[extraPaths] = result }
        return try result.get()
    }
}
