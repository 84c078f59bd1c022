import ArgumentParser

/// `lede [PATH...]`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the full-screen reader (the default).")

    @Argument(help: "Files or folders of articles (default: the bundled sample corpus).")
    var paths: [String] = []

    func run() throws {
        throw ValidationError("the reader is not built yet")
    }
}
