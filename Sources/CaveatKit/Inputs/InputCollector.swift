public import CaveatEngine
import Foundation

/// Expands the paths given on the command line into the files to lint.
///
/// Files named explicitly are always linted (whatever their extension); folders are walked
/// recursively for `.html`, `.htm`, `.txt`, `.md` and `.markdown` files, hidden entries skipped, in a
/// stable sorted order. Missing paths become input errors; the other paths are still collected.
public struct InputCollector: Sendable {
    /// Extensions looked for inside folders.
    public static let extensions: Set<String> = ["html", "htm", "txt", "md", "markdown"]

    private let ignore: GlobSet
    private let standardInputFormat: DocumentFormatOption
    private let standardInputPath: String

    public init(ignore: GlobSet = GlobSet(), standardInputFormat: DocumentFormatOption = .text,
                standardInputPath: String = "<stdin>") {
        self.ignore = ignore
        self.standardInputFormat = standardInputFormat
        self.standardInputPath = standardInputPath
    }

    /// The inputs in command-line order (folders expanded in sorted order), and the paths that could not be used.
    public func collect(_ arguments: [String]) -> (inputs: [Input], errors: [InputError]) {
        var inputs: [Input] = []
        var errors: [InputError] = []
        var seen = Set<String>()
        let fileManager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                inputs.append(Input(path: standardInputPath, origin: .standardInput(standardInputFormat.format)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                errors.append(InputError(code: "not-found", path: argument, message: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                if seen.insert(argument).inserted { inputs.append(Input(path: argument, origin: .file)) }
                continue
            }
            for path in walk(argument, fileManager: fileManager, errors: &errors)
            where seen.insert(path).inserted {
                inputs.append(Input(path: path, origin: .file))
            }
        }
        return (inputs, errors)
    }

    private func walk(_ root: String, fileManager: FileManager, errors: inout [InputError]) -> [String] {
        var found: [String] = []
        var pending = [root]
        while let folder = pending.popLast() {
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: folder)
            } catch {
                errors.append(InputError(code: "unreadable", path: folder, message: "cannot list folder"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                if ignore.matches(path) { continue }
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(path)
                } else if let dot = name.lastIndex(of: "."),
                          InputCollector.extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }
}
