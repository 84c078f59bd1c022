/// The words generated articles are made of. All invented for lede; places and people
/// are fictional, with a few accented and non-Latin names so Unicode paths get exercised.
enum Vocabulary {
    static let places = [
        "Tallow Bay", "Northgate", "Brackenford", "Port Elwin", "Ashcombe", "Marrow Hill", "Fenwick Cross",
        "Larkspur", "Oldhaven", "Greywater", "Kilbride Sound", "Esterfield", "Cinder Vale", "Westmoor",
        "Halloway", "Redmarsh", "Sunderby", "Quillan", "Orchard Reach", "Stonebridge", "Pelham Flats",
        "Varnbrook", "Low Cawston", "Harrowgate Point", "Ravensholm", "Millbourne", "Copperton",
        "Saint-Aubin-des-Prés", "Villanueva del Río", "Bad Lindenau", "Żarnowiec", "São Jerónimo",
        "Kitahama", "Nordvik", "Ålesund Heights", "Mirabel", "Corran Ferry", "Eastwick Lock",
    ]

    static let regions = [
        "the North Coast", "the Lowlands", "the Eastern Valleys", "the Three Counties", "the Upper Basin",
        "the Western Isles", "the Delta", "the Metro Area", "the Borderlands", "the Lake District",
    ]

    static let firstNames = [
        "Amara", "Tomasz", "Priya", "Callum", "Ines", "Dmitri", "Yuki", "Femi", "Rosa", "Henrik", "Leila",
        "Mateo", "Grace", "Oskar", "Nadia", "Samuel", "Aiko", "Bruno", "Chiara", "Declan", "Elif", "Farah",
        "Gustavo", "Hana", "Ivo", "José", "Zoë", "Søren", "Agnieszka", "Malik", "Noor", "Pieter",
    ]

    static let lastNames = [
        "Okafor", "Lindqvist", "Marsh", "Duarte", "Kowalczyk", "Whitfield", "Tanaka", "Adeyemi", "Rossi",
        "Brennan", "Haddad", "Müller", "Nakamura", "Oyelaran", "Petrov", "Quint", "Ramírez", "Sandoval",
        "Thorne", "Ueda", "Varga", "Wexley", "Yilmaz", "Zeller", "Ólafsdóttir", "Fairbairn", "Castellano",
    ]

    static let roles = [
        "spokeswoman", "spokesman", "senior engineer", "researcher", "council leader", "director",
        "economist", "project manager", "union representative", "chief executive", "analyst",
        "local resident", "shop owner", "professor", "planning officer", "campaigner",
    ]

    static let organisations = [
        "Northgate Transit Authority", "the Coastal Energy Cooperative", "Brackenford University",
        "the Regional Water Board", "Halloway Logistics", "the Tallow Bay Port Trust", "Greywater Health",
        "the National Grid Operator", "Cinder Vale Mining", "the Institute for Urban Studies",
        "Larkspur Robotics", "the Fisheries Council", "Esterfield Housing Association", "Quillan Foods",
        "the Metro Arts Fund", "Stonebridge Semiconductors", "the Highway Agency", "Westmoor Clinic Group",
    ]

    static let nouns = [
        "flood barrier", "bus network", "heat pump", "data centre", "wind farm", "ferry route", "library",
        "battery plant", "tram line", "housing plan", "school meals", "water supply", "broadband rollout",
        "recycling scheme", "bridge", "harbour", "clinic", "cycle lane", "chip plant", "solar array",
        "rail link", "museum", "market hall", "language model", "sensor network", "seawall", "orchard",
        "pension fund", "curfew", "drought plan", "night train", "fishing quota", "concert hall",
    ]

    static let pluralNouns = [
        "buses", "homes", "jobs", "turbines", "classrooms", "apartments", "charging points", "ferries",
        "trees", "robots", "nurses", "satellites", "pharmacies", "startups", "warehouses", "bakeries",
        "farmers", "drivers", "students", "volunteers", "libraries", "vineyards", "bridges", "servers",
    ]

    static let adjectives = [
        "cheaper", "electric", "driverless", "flood-proof", "low-carbon", "community-run", "rural",
        "open-source", "publicly funded", "long-delayed", "experimental", "overnight", "solar-powered",
        "second-hand", "affordable", "autonomous", "coastal", "temporary", "hybrid", "modular",
    ]

    static let verbs = [
        "expand", "replace", "rebuild", "close", "fund", "trial", "scrap", "delay", "reopen", "upgrade",
        "automate", "protect", "redesign", "share", "double",
    ]

    static let presentParticiples = [
        "thriving", "returning", "struggling", "multiplying", "reopening", "growing", "waiting", "working",
    ]

    static let periods = [
        "the next five years", "the coming winter", "the rest of the decade", "the next two budgets",
        "the summer", "three years", "the spring", "eighteen months",
    ]

    static let topics = [
        "AI", "Climate", "Transport", "Energy", "Housing", "Health", "Education", "Culture", "Music",
        "Semiconductors", "Robotics", "Agriculture", "Oceans", "Labour", "Cities", "Privacy", "Space",
        "Water", "Finance", "Computer Vision", "Natural Language Processing", "Public Safety", "Sport",
        "Tourism",
    ]

    static let numberWords = [
        "Two", "Three", "Four", "Five", "Six", "Ten", "12", "15", "20", "24", "30", "40", "50", "75", "120",
        "300", "1,200",
    ]

    static let photoCredits = [
        "Photo credit: CC0 Public Domain", "Photo credit: staff photographer", "Image: file photo",
        "Photo credit: council handout", "Picture: reader submission",
    ]

    static let junkLines = ["Contact Us", "Advertisement", "Share this article", "Subscribe", "Back to top"]

    /// Sites that only ever appear inside related lists, never as a corpus article's home.
    static let outsideSites: [(name: String, domain: String)] = [
        ("The Daily Ledger", "dailyledger.example.com"), ("Wirefeed", "wirefeed.example.net"),
        ("Regional Digest", "regionaldigest.example.org"), ("Pocket Brief", "pocketbrief.example.com"),
        ("Civic Beat", "civicbeat.example.com"), ("Harbour FM", "harbourfm.example.co.uk"),
        ("Kurier am Abend", "kurier-abend.example.de"), ("La Gaceta del Norte", "gacetanorte.example.es"),
    ]
}
