import Testing
@testable import CaveatAnalysis

@Test func CaveatAnalysisBuilds() {
    #expect(Bool(true))
}
