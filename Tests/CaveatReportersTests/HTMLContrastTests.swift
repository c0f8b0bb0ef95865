import Foundation
import Testing
@testable import CaveatReporters

/// The severity colours of the HTML report meet WCAG 2 AA (contrast of at least 4.5:1 for normal text).
@Suite struct HTMLContrastTests {
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The value of a CSS custom property or of a rule's `background` in the report's stylesheet.
    static func colour(after marker: String) throws -> String {
        let css = HTMLAssets.css
        let start = try #require(css.range(of: marker)).upperBound
        let hash = try #require(css[start...].firstIndex(of: "#"))
        return String(css[hash...].prefix(7))
    }

    @Test func badgesAndTextOnWhite() throws {
        for severity in ["error", "warning", "info"] {
            let tone = try Self.colour(after: "--\(severity):")
            // White badge text on the tone, and the tone as text (counts, references) on white and on note grey.
            #expect(Self.contrast("#ffffff", tone) >= 4.5, "\(severity) \(tone)")
            #expect(Self.contrast(tone, "#fafafa") >= 4.5, "\(severity) \(tone)")
        }
    }

    @Test func highlightedTextStaysReadable() throws {
        let ink = try Self.colour(after: "--ink:")
        for severity in ["error", "warning", "info"] {
            let background = try Self.colour(after: "mark.sev-\(severity) { background:")
            #expect(Self.contrast(ink, background) >= 4.5, "\(severity) \(background)")
        }
        #expect(abs(Self.contrast("#ffffff", "#000000") - 21) < 0.01)
    }
}
