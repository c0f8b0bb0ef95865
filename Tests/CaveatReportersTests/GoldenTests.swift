import Testing
import CaveatReporters

/// Every format rendered from the same hand-built run, compared byte for byte with `Fixtures/golden/`.
@Suite struct GoldenTests {
    @Test(arguments: ReporterRegistry.names)
    func formatMatchesGolden(name: String) throws {
        let reporter = try #require(ReporterRegistry.reporter(named: name))
        #expect(reporter.name == name)
        try Golden.check(reporter.render(SampleRun.run()), "sample.\(name).\(reporter.fileExtension)")
    }

    @Test func colouredTextMatchesGolden() throws {
        let reporter = TextReporter(options: ReporterOptions(color: true))
        try Golden.check(reporter.render(SampleRun.run()), "sample.text-color.txt")
    }

    @Test func renderingIsDeterministic() {
        for name in ReporterRegistry.names {
            let reporter = ReporterRegistry.reporter(named: name)!
            #expect(reporter.render(SampleRun.run()) == reporter.render(SampleRun.run()), "\(name)")
        }
    }

    @Test func unknownFormatHasNoReporter() {
        #expect(ReporterRegistry.reporter(named: "xml") == nil)
    }
}
