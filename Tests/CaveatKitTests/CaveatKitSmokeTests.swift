import Testing
@testable import CaveatKit

@Test func CaveatKitBuilds() {
    #expect(Bool(true))
}
