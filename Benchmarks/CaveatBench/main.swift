// Benchmark driver, built in release mode by the scripts in Benchmarks/.
//
//   caveat-bench read FILES…|DIR    decode + HTML/text reader + assembler (sentences, tokens) for every page
//
// Prints throughput in MB/s and the process's peak resident set size.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaveatDocument
import CaveatReaders

/// Expands directories into the readable documents below them, sorted for repeatable runs.
func inputFiles(_ arguments: [String]) -> [String] {
    var files: [String] = []
    for argument in arguments {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            FileHandle.standardError.write(Data("caveat-bench: no such file: \(argument)\n".utf8))
            exit(2)
        }
        if isDirectory.boolValue {
            let enumerator = FileManager.default.enumerator(atPath: argument)
            let found = (enumerator?.compactMap { $0 as? String } ?? [])
                .filter { DocumentLoader.format(forPath: $0) != nil }
                .sorted()
                .map { argument + "/" + $0 }
            files.append(contentsOf: found)
        } else {
            files.append(argument)
        }
    }
    return files
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024   // Linux reports kilobytes
}

func runRead(_ arguments: [String]) {
    let files = inputFiles(arguments)
    guard !files.isEmpty else {
        print("caveat-bench read: no input files")
        exit(2)
    }
    let loader = DocumentLoader()
    var bytes = 0
    var blocks = 0
    var sentences = 0
    var failures = 0
    let clock = ContinuousClock()
    let start = clock.now
    for file in files {
        switch loader.load(path: file) {
        case .success(let document):
            bytes += document.source.utf8.count
            blocks += document.blocks.count
            for block in document.blocks { sentences += block.sentences.count }
        case .failure(let failure):
            failures += 1
            FileHandle.standardError.write(Data("caveat-bench: \(failure)\n".utf8))
        }
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(bytes) / 1_000_000
    print("read: \(files.count) files, \(failures) failed, \(String(format: "%.1f", megabytes)) MB, "
        + "\(blocks) blocks, \(sentences) sentences")
    print("read: \(String(format: "%.3f", seconds)) s, \(String(format: "%.1f", megabytes / seconds)) MB/s, "
        + "peak RSS \(String(format: "%.1f", peakResidentMegabytes())) MB")
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "read":
    runRead(Array(arguments.dropFirst()))
default:
    print("usage: caveat-bench read FILES…|DIR")
    exit(2)
}
