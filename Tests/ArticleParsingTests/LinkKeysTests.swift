import ArticleParsing
import Testing

struct LinkKeysTests {
    @Test(arguments: [
        ("https://www.Example.com/a/b/?x=1#frag", "example.com/a/b?x=1"),
        ("http://amp.example.com/amp/a/b.amp.html?amp&utm_source=feed", "example.com/a/b.html"),
        ("https://www-govtech-com.cdn.ampproject.org/c/s/www.govtech.com/public-safety/X.html?AMP", "govtech.com/public-safety/x.html"),
        ("https://www.govtech.com/public-safety/X.html", "govtech.com/public-safety/x.html"),
        ("https://bringmethenews.com/.amp/minnesota-news/story", "bringmethenews.com/minnesota-news/story"),
        ("https://www.fox9.com/news/story.amp", "fox9.com/news/story"),
        ("//m.example.org//double//slash/", "example.org/double/slash"),
        ("https://example.org", "example.org"),
        ("https://example.org/?a=1&&b=2", "example.org?a=1&b=2"),
    ])
    func urlKeys(raw: String, key: String) {
        #expect(LinkKeys.url(raw) == key)
    }

    @Test func urlKeyNeedsAHost() {
        #expect(LinkKeys.url("") == nil)
        #expect(LinkKeys.url("https://") == nil)
    }

    @Test func titleKeysFoldCasePunctuationAndSpacing() {
        #expect(LinkKeys.title("Groups Call on  Chicago — to Ban!") == "groups call on chicago to ban")
        #expect(LinkKeys.title("‘What I saw’: EU to urge caution") == "what i saw eu to urge caution")
        #expect(LinkKeys.title("北浜市、AIで路線バス") == "北浜市 aiで路線バス")
        #expect(LinkKeys.title("Ünïcode TITLE") == "ünïcode title")
        #expect(LinkKeys.title("!!!") == nil)
    }
}
