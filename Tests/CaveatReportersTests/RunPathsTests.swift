import Testing
import CaveatEngine
@testable import CaveatReporters

@Suite struct RunPathsTests {
    @Test func reportPathsAreRelativeToTheBase() {
        let run = LintRun(files: [], rules: [], toolVersion: "1", basePath: "/repo", workingDirectory: "/repo/docs")
        #expect(run.reportPath("a.md") == "docs/a.md")
        #expect(run.reportPath("./sub/../b.md") == "docs/b.md")
        #expect(run.reportPath("../c.md") == "c.md")
        #expect(run.reportPath("/repo/x/y.md") == "x/y.md")
        #expect(run.reportPath("/repository/y.md") == "/repository/y.md")
        #expect(run.reportPath("<stdin>") == "<stdin>")
    }

    @Test func relativeBaseIsTakenFromTheWorkingDirectory() {
        let run = LintRun(files: [], rules: [], toolVersion: "1", basePath: "..", workingDirectory: "/repo/docs/")
        #expect(run.basePath == "/repo")
        #expect(run.reportPath("a.md") == "docs/a.md")
    }

    @Test func uriEncoding() {
        #expect(RunPaths.uriEncoded("dir/a b#1%.md") == "dir/a%20b%231%25.md")
        #expect(RunPaths.uriEncoded("café:x") == "caf%C3%A9%3Ax")
    }
}
