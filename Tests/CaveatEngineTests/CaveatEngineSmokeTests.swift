import Testing
@testable import CaveatEngine

@Test func CaveatEngineBuilds() {
    #expect(Bool(true))
}
