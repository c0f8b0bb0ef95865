import ArgumentParser

@main
struct CaveatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caveat", abstract: "Lints health articles for safety risks.")
}
