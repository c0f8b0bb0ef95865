import Testing
@testable import CaveatDocument

@Test func CaveatDocumentBuilds() {
    #expect(Bool(true))
}
