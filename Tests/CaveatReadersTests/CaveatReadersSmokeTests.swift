import Testing
@testable import CaveatReaders

@Test func CaveatReadersBuilds() {
    #expect(Bool(true))
}
