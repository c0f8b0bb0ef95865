public import ArgumentParser
public import CaveatKit

/// `--stdin-format html|text|markdown`.
extension DocumentFormatOption: ExpressibleByArgument {}
