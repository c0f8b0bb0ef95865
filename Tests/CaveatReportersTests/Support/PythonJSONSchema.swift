import Foundation

/// A second opinion from Python's `jsonschema` package, when it is installed (`nil` when it is not).
enum PythonJSONSchema {
    /// The error messages jsonschema reports (empty when valid), or `nil` when python3 or jsonschema is missing.
    static func validate(instance: String, schemaPath: String) throws -> [String]? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let instanceURL = directory.appendingPathComponent("instance.json")
        try Data(instance.utf8).write(to: instanceURL)
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        instance = json.load(open(sys.argv[2]))
        cls = jsonschema.validators.validator_for(schema)
        for error in cls(schema).iter_errors(instance):
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message[:300])
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaPath, instanceURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
