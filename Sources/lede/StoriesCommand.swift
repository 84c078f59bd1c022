import ArgumentParser
import ArticleParsing
import CorpusStore

/// `lede stories`: the stories several articles report, most covered first.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories reported by more than one article, most covered first.")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON Lines: one object per story.")
    var json = false

    func run() throws {
        Output.ignoreBrokenPipes()
        try corpus.withCorpus(searching: true) { loaded in
            let corpus = loaded.withStories()
            guard let index = corpus.stories else { return }
            for story in index.stories {
                if json {
                    Output.line { out in StoryJSON.append(story, in: corpus, to: &out) }
                } else {
                    printStory(story, in: corpus)
                }
            }
        }
    }

    private func printStory(_ story: Story, in corpus: Corpus) {
        let summary = StorySummary(story, in: corpus)
        var heading = "\(Words.count(story.articles.count, "article")) · \(Words.count(story.outletCount, "outlet"))"
        if let span = summary.span { heading += " · " + span }
        Output.line(heading + " · story " + story.id)
        Output.line("  " + corpus.articles[story.headline].title)
        for article in story.articles {
            let summary = corpus.articles[article]
            let date = TextLayout.pad(summary.date?.day ?? "-", to: 10)
            let outlet = TextLayout.pad(summary.provider?.label ?? "-", to: 22)
            Output.line("    \(date)  \(outlet)  \(summary.path)")
        }
        Output.line("")
    }
}

/// What `stories` says about a story besides its articles.
struct StorySummary {
    /// The outlets' names, in the order their articles came out; unnamed ones left out.
    var outlets: [String] = []
    var first: String?
    var last: String?

    init(_ story: Story, in corpus: Corpus) {
        for article in story.articles {
            let summary = corpus.articles[article]
            if let outlet = summary.provider?.label, !outlets.contains(outlet) { outlets.append(outlet) }
            if let day = summary.date?.day {
                if first == nil || day < first! { first = day }
                if last == nil || day > last! { last = day }
            }
        }
    }

    /// "2020-02-05 – 2020-02-06", or one day.
    var span: String? {
        guard let first, let last else { return nil }
        return first == last ? first : "\(first) – \(last)"
    }
}

/// One story as a JSON object.
enum StoryJSON {
    static func append(_ story: Story, in corpus: Corpus, to out: inout [UInt8]) {
        let summary = StorySummary(story, in: corpus)
        func key(_ name: String) { out.append(contentsOf: Array("\"\(name)\":".utf8)) }
        func text(_ value: String?) { if let value { ArticleJSON.appendString(value, to: &out) } else { out += Array("null".utf8) } }
        out.append(0x7B)
        key("id")
        text(story.id)
        out += Array(",".utf8)
        key("size")
        out += Array("\(story.articles.count),".utf8)
        key("outletCount")
        out += Array("\(story.outletCount),".utf8)
        key("outlets")
        out.append(0x5B)
        for (position, outlet) in summary.outlets.enumerated() {
            if position > 0 { out.append(0x2C) }
            text(outlet)
        }
        out += Array("],".utf8)
        key("first")
        text(summary.first)
        out.append(0x2C)
        key("last")
        text(summary.last)
        out.append(0x2C)
        key("headline")
        text(corpus.articles[story.headline].title)
        out.append(0x2C)
        key("paths")
        out.append(0x5B)
        for (position, article) in story.articles.enumerated() {
            if position > 0 { out.append(0x2C) }
            text(corpus.articles[article].path)
        }
        out += Array("]}".utf8)
    }
}
