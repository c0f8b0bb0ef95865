import Testing
@testable import CaveatReporters

@Test func CaveatReportersBuilds() {
    #expect(Bool(true))
}
