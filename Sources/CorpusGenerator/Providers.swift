/// A generated outlet, with the URL habits that decide what its AMP links look like.
struct GeneratedProvider: Sendable {
    enum AMPStyle: Sendable {
        /// `…/slug/amp/`
        case pathSuffix
        /// `https://amp.host/…`
        case ampHost
        /// `…?outputType=amp`
        case query
        /// `slug.html` and `slug.amp.html`
        case ampHTML
        case none
    }

    var name: String
    var domain: String
    var sections: [String]
    var ampStyle: AMPStyle
    var trailingSlash: Bool

    static let all: [GeneratedProvider] = [
        .init(name: "The Northgate Herald", domain: "northgateherald.example.com", sections: ["news", "city", "politics"], ampStyle: .pathSuffix, trailingSlash: true),
        .init(name: "Tallow Bay Times", domain: "tallowbaytimes.example.com", sections: ["local", "environment"], ampStyle: .ampHost, trailingSlash: false),
        .init(name: "Meridian Wire", domain: "meridianwire.example.net", sections: ["world", "business", "energy"], ampStyle: .query, trailingSlash: false),
        .init(name: "Kestrel Tech Review", domain: "kestrelreview.example.io", sections: ["ai", "hardware", "startups"], ampStyle: .pathSuffix, trailingSlash: true),
        .init(name: "Harbour Light Media", domain: "harbourlight.example.news", sections: ["coast", "transport"], ampStyle: .ampHTML, trailingSlash: false),
        .init(name: "Brackenford Post", domain: "brackenfordpost.example.com", sections: ["news", "education"], ampStyle: .none, trailingSlash: false),
        .init(name: "Lantern City Post", domain: "lanterncitypost.example.com", sections: ["city", "culture"], ampStyle: .ampHost, trailingSlash: false),
        .init(name: "Le Quotidien des Alpes", domain: "quotidien-alpes.example.fr", sections: ["environnement", "societe"], ampStyle: .pathSuffix, trailingSlash: true),
        .init(name: "Pampa Noticias", domain: "pampanoticias.example.com.ar", sections: ["cultura", "economia"], ampStyle: .query, trailingSlash: false),
        .init(name: "Mainfranken Tagblatt", domain: "mainfranken-tagblatt.example.de", sections: ["kultur", "region"], ampStyle: .ampHTML, trailingSlash: false),
        .init(name: "Greywater Gazette", domain: "greywatergazette.example.com", sections: ["news", "health"], ampStyle: .none, trailingSlash: true),
        .init(name: "Open Ledger Science", domain: "openledgerscience.example.org", sections: ["science", "space"], ampStyle: .pathSuffix, trailingSlash: false),
        .init(name: "Fenwick Business Journal", domain: "fenwickbj.example.com", sections: ["business", "finance"], ampStyle: .ampHTML, trailingSlash: false),
        .init(name: "Coastline Public Radio", domain: "coastlineradio.example.org", sections: ["news", "climate"], ampStyle: .ampHost, trailingSlash: false),
        .init(name: "The Quillan Observer", domain: "quillanobserver.example.com", sections: ["opinion", "news"], ampStyle: .query, trailingSlash: true),
        .init(name: "Civic Tech Weekly", domain: "civictechweekly.example.com", sections: ["policy", "privacy"], ampStyle: .pathSuffix, trailingSlash: true),
        .init(name: "Ravensholm Courier", domain: "ravensholmcourier.example.com", sections: ["sport", "local"], ampStyle: .none, trailingSlash: false),
        .init(name: "北浜新報", domain: "kitahama-shimpo.example.jp", sections: ["local", "tech"], ampStyle: .none, trailingSlash: false),
    ]
}
