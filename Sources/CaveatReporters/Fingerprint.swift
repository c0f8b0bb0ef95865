public import CaveatEngine

/// Identities of findings that survive edits elsewhere in the file: they use the rule, the path and the text of
/// the sentence, never line numbers, so adding lines above a finding keeps its identity.
public enum Fingerprint {
    /// The sentence (or, when the engine gave none, the flagged text) lowercased with white space collapsed.
    public static func normalizedText(of finding: Finding) -> String {
        normalize(finding.sentence.isEmpty ? finding.excerpt : finding.sentence)
    }

    /// Lowercases and collapses runs of white space to one space, trimming both ends.
    public static func normalize(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out += " "; pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A fingerprint for each finding of `findings` (same order): a 64-bit FNV-1a hash, in hex, of the rule id, the
    /// report path, the normalised sentence and the occurrence index among earlier findings with the same three.
    public static func fingerprints(of findings: [Finding], path: String) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = finding.ruleID + "\u{0}" + path + "\u{0}" + normalizedText(of: finding)
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return hex(fnv1a(key + "\u{0}" + String(occurrence)))
        }
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
