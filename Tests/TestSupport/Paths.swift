public import Foundation

/// Locations of the repository's own folders, found from this file's path (tests run from anywhere).
public enum Paths {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = root.appendingPathComponent("Fixtures")
    public static let rules = root.appendingPathComponent("Rules")
    /// `../shared` beside the checkout, or `nil` when it is absent (tests that need it skip).
    public static let shared: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}
