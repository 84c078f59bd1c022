/// Words too common to say what an article is about: English function words and the
/// verbs and fillers of news writing ("said", "according", "reported"). Frequent words
/// weigh little anyway; leaving these out also keeps them from crowding rarer ones out of
/// an article's few kept terms.
enum StopWords {
    static let table: TermTable = {
        var table = TermTable(capacity: words.count)
        for word in words { table.add(ArticleTerms.termHash(word)) }
        return table
    }()

    private static let words: [String] = """
        a about above after again against all almost along already also although always am among an and another any \
        anyone anything are around as at away back be became because become been before being below between both but by \
        can could did do does doing done down during each either else enough even ever every few for from further get \
        gets getting give given go goes going got had has have having he her here hers herself him himself his how however \
        if in into is it its itself just last least less let like made make makes many may me might more most much must my \
        myself near need never new next no nor not now of off often on once one only onto or other others our ours \
        ourselves out over own per perhaps put rather really same see seen several shall she should since so some \
        something still such than that the their theirs them themselves then there these they thing things this those \
        though through thus to too toward towards under until up upon us use used using very via was way we well were \
        what when where whether which while who whom whose why will with within without would yet you your yours \
        yourself yourselves said says say saying told tell according added adding reported reports report reporting \
        including include includes included announced announce wrote write writes read says told asked ask week weeks \
        day days today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday year years month months \
        time times first second third two three four five six seven eight nine ten people percent part take takes taken \
        took want wants know known think go went come came comes help show shows showed found find around across amid \
        far lot lots good great big small high low long short old early late later latest recent recently least per \
        mr mrs ms dr st inc ltd co com www http https html
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
