/// Hand-made cards covering the YAML the seeds do not: each is valid YAML that lede must
/// read exactly as a YAML 1.1 reader would.
enum EdgeCaseFixtures {
    static let validCards: [String: String] = [
        "quoting.md": """
        ---
        title: 'It''s a single-quoted title'
        excerpt: "Double \\"quoted\\" with \\\\ backslash, tab\\tand \\u00e9"
        publishedDateTime: 2023-07-01T08:00:00+02:00
        webUrl: https://example.org/quoting?id=1&x=2
        provider:
          name: Plain Provider Name
          domain: example.org
        topics: []
        related:
          - title: A related plain title
            webUrl: 'https://example.org/other'
        ---
        Body line one
        continues here.

        Second paragraph.
        """,
        "missing-keys.md": """
        ---
        title: Only a title
        ---
        """,
        "plain-date.md": """
        ---
        title: "Dated plainly"
        publishedDateTime: 2022-12-31
        provider: Just A Name
        topics:
        - Indentless
        - Sequence
        related: []
        ---
        """,
        "block-scalars.md": """
        ---
        title: >
          A folded title
          over two lines
        excerpt: |
          Literal excerpt
          keeps its lines
        publishedDateTime: "2021-05-05T05:05:05Z"
        # a comment line
        webUrl: "https://example.com/block"  # trailing comment
        related:
          - title: Multi-line plain
              scalar continues
            webUrl: https://example.com/multi
        ---
        """,
        "odd-related.md": """
        ---
        title: Odd related items
        related:
          - just a string item
          - title: "Same title"
            webUrl: "https://a.example/1"
          - title: "Same title"
            webUrl: "https://a.example/2"
          -
          - webUrl: https://b.example/untitled
        ---
        """,
        "flow-style.md": """
        ---
        title: Flow style
        topics: [Economy, "Trade, Tariffs", 'Ports']
        provider: {name: Flow Wire, domain: flow.example}
        related: [{title: Flow related, webUrl: "https://flow.example/r"}]
        ---
        """,
        "numbers-and-bools.md": """
        ---
        title: 2024
        excerpt: yes
        quality: 12
        heat: -3
        published: false
        extraKey: kept
        nested:
          deeper:
            - 1
            - two
        ---
        """,
        "unicode.md": """
        ---
        title: "東京で会議 — résumé of the day 🎉"
        provider:
          name: Ñandú Noticias
        topics:
          - Économie
        ---
        Paragraph with 漢字 and emoji 👍🏽.
        """,
        "empty-values.md": """
        ---
        title: Empty values
        excerpt:
        webUrl: ~
        topics:
        related:
        ---
        """,
    ]
}
