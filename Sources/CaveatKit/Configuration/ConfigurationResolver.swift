import Foundation
import Synchronization

/// Finds the `.caveat.json` that applies to a file: the first one found from the file's folder upward,
/// or the one named with `--config` for every file. Each configuration file is parsed once.
public final class ConfigurationResolver: Sendable {
    /// The file name looked for.
    public static let fileName = ".caveat.json"

    private let explicit: Configuration?
    private let cache = Mutex<[String: Result<Configuration, ConfigurationError>]>([:])
    private let parser = ConfigurationParser()

    /// - Parameter explicitPath: the `--config` file, which then applies to every input.
    public init(explicitPath: String?) throws(ConfigurationError) {
        if let explicitPath {
            explicit = try ConfigurationParser().parse(path: explicitPath)
        } else {
            explicit = nil
        }
    }

    /// The configuration for a file path (defaults when none is found).
    public func configuration(for filePath: String) throws(ConfigurationError) -> Configuration {
        if let explicit { return explicit }
        var folder = Self.folder(of: filePath)
        while true {
            if let found = try lookup(folder) { return found }
            guard let parent = Self.parent(of: folder) else { return Configuration() }
            folder = parent
        }
    }

    private func lookup(_ folder: String) throws(ConfigurationError) -> Configuration? {
        let candidate = folder == "/" ? "/" + Self.fileName : folder + "/" + Self.fileName
        if let cached = cache.withLock({ $0[candidate] }) { return try cached.get() }
        guard FileManager.default.fileExists(atPath: candidate) else { return nil }
        let displayPath = candidate.hasPrefix("./") ? String(candidate.dropFirst(2)) : candidate
        let result: Result<Configuration, ConfigurationError>
        do {
            result = .success(try parser.parse(path: displayPath))
        } catch {
            result = .failure(error)
        }
        cache.withLock { $0[candidate] = result }
        return try result.get()
    }

    private static func folder(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let slash = absolute.lastIndex(of: "/") else { return "." }
        let folder = String(absolute[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func parent(of folder: String) -> String? {
        guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
        let parent = String(folder[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}
