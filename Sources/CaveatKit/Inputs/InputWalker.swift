public import CaveatEngine
import CaveatReaders
import Foundation

/// Produces the inputs of a run one at a time, so that a run over a million files never holds a million paths: folders
/// are listed one at a time as the walk reaches them, and web archives (`.warc`, `.warc.gz`) are read one record at a
/// time, each document record becoming an input of its own.
///
/// The order and the inputs are those of `InputCollector`: command-line order, each folder's files in sorted path
/// order, hidden entries skipped, a file reached twice linted once. Missing paths and unlistable folders are collected
/// in `errors` (reported after the files, as before); damaged archive records come as `.unreadable` inputs in their
/// place.
public final class InputWalker {
    /// Missing paths and folders that could not be listed.
    public private(set) var errors: [InputError] = []
    /// Web archive records that held no document (requests, metadata, non-HTML responses).
    public private(set) var skippedRecords = 0

    private let ignore: GlobSet
    private let standardInputFormat: DocumentFormatOption
    private let standardInputPath: String
    private var arguments: ArraySlice<String>
    /// Folders being walked, innermost last: each with its entries in walk order and the next one to visit.
    private var folders: [(path: String, entries: [(name: String, isFolder: Bool)], next: Int)] = []
    private var archive: (path: String, reader: WARCReader)?
    private var explicitFiles = Set<String>()
    private var walkedRoots: [String] = []
    private let fileManager = FileManager.default

    public init(arguments: [String], ignore: GlobSet = GlobSet(), standardInputFormat: DocumentFormatOption = .text,
                standardInputPath: String = "<stdin>") {
        self.arguments = arguments[...]
        self.ignore = ignore
        self.standardInputFormat = standardInputFormat
        self.standardInputPath = standardInputPath
    }

    /// The next input, or `nil` when every argument has been walked.
    public func next() -> Input? {
        while true {
            if let input = nextArchiveRecord() { return input }
            if let path = nextWalkedFile() {
                if let input = open(path) { return input }
                continue
            }
            guard let argument = arguments.popFirst() else { return nil }
            if argument == "-" {
                return Input(path: standardInputPath, origin: .standardInput(standardInputFormat.format))
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                errors.append(InputError(code: "not-found", path: argument, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let root = Self.trimmed(argument)
                if walkedRoots.contains(where: { root == $0 || root.hasPrefix($0 + "/") }) { continue }
                walkedRoots.append(root)
                if let entries = list(argument) { folders.append((argument, entries, 0)) }
                continue
            }
            if explicitFiles.contains(argument) || wasWalked(argument) { continue }
            explicitFiles.insert(argument)
            if let input = open(argument) { return input }
        }
    }

    /// Every remaining input (for runs that keep them all anyway).
    public func all() -> [Input] {
        var inputs: [Input] = []
        while let input = next() { inputs.append(input) }
        return inputs
    }

    /// A file becomes an input; an archive becomes a reader whose records are the inputs.
    private func open(_ path: String) -> Input? {
        guard WARCReader.isArchive(path: path) else { return Input(path: path, origin: .file) }
        do {
            archive = (path, try WARCReader(path: path))
            return nil
        } catch {
            return Input(path: path, origin: .unreadable(InputError(error)))
        }
    }

    private func nextArchiveRecord() -> Input? {
        guard let (path, reader) = archive else { return nil }
        while let result = reader.next() {
            switch result {
            case .failure(let failure):
                return Input(path: path, origin: .unreadable(
                    InputError(code: failure.code, path: path, message: failure.message)))
            case .success(let record):
                switch ArchiveRecordClassifier.content(of: record, archive: path) {
                case .document(let document):
                    return Input(path: document.name, origin: .archiveDocument(document, archive: path))
                case .skipped:
                    skippedRecords += 1
                case .failure(let failure):
                    return Input(path: path, origin: .unreadable(
                        InputError(code: failure.code, path: path, message: failure.message)))
                }
            }
        }
        archive = nil
        return nil
    }

    /// The next lintable file in the folders being walked, depth first, in sorted path order.
    private func nextWalkedFile() -> String? {
        while let last = folders.indices.last {
            let (folder, entries, index) = folders[last]
            guard index < entries.count else {
                folders.removeLast()
                continue
            }
            folders[last].next += 1
            let entry = entries[index]
            let path = folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name
            if entry.isFolder {
                // A folder also named on the command line before is walked once.
                if walkedRoots.dropLast().contains(path) { continue }
                if let children = list(path) { folders.append((path, children, 0)) }
            } else if !explicitFiles.contains(path) {
                return path
            }
        }
        return nil
    }

    /// A folder's visible entries that the walk keeps: sub-folders and files with a linted extension, ordered so that
    /// the walk yields paths in sorted order (a folder sorts as its name followed by `/`).
    private func list(_ folder: String) -> [(name: String, isFolder: Bool)]? {
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder)
        } catch {
            errors.append(InputError(code: "unreadable", path: folder, message: "cannot list folder"))
            return nil
        }
        var entries: [(name: String, isFolder: Bool, key: String)] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if ignore.matches(path) { continue }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                entries.append((name, true, name + "/"))
            } else if Self.isLintable(name) {
                entries.append((name, false, name))
            }
        }
        entries.sort { $0.key < $1.key }
        return entries.map { ($0.name, $0.isFolder) }
    }

    /// Files a folder walk picks up: the text formats and web archives.
    static func isLintable(_ name: String) -> Bool {
        if WARCReader.isArchive(path: name) { return true }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return InputCollector.extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Whether a file named on the command line was already reached by walking an earlier folder argument.
    private func wasWalked(_ path: String) -> Bool {
        walkedRoots.contains { root in
            guard path.hasPrefix(root + "/") else { return false }
            let relative = path.dropFirst(root.count + 1)
            let parts = relative.split(separator: "/")
            guard let name = parts.last, Self.isLintable(String(name)) else { return false }
            return !parts.contains { $0.hasPrefix(".") }
        }
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
