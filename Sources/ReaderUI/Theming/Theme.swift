/// Text attributes a theme may ask for.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let italic = TextAttributes(rawValue: 4)
    public static let underline = TextAttributes(rawValue: 8)
    public static let reverse = TextAttributes(rawValue: 16)

    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    public init?(name: String) {
        guard let match = Self.names.first(where: { $0.0 == name.lowercased() }) else { return nil }
        self = match.1
    }
}

/// How one role looks in a theme.
public struct RoleStyle: Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// What a role looks like on one terminal: colours mapped to its depth (nil: no colour).
public struct TerminalStyle: Sendable, Hashable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: TextAttributes
}

/// A complete theme: a style for every role, inheritance already applied.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var description: String
    public var styles: [Role: RoleStyle]

    public init(name: String, description: String = "", styles: [Role: RoleStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    public func style(_ role: Role) -> RoleStyle {
        styles[role] ?? Theme.builtIn.styles[role] ?? RoleStyle()
    }

    /// The least colour depth that shows every colour of the theme as written.
    public var depthNeeded: ColorDepth {
        styles.values.flatMap { [$0.foreground.depthNeeded, $0.background.depthNeeded] }.max() ?? .monochrome
    }

    /// Roles that must stay visible without colour: they get reverse video (or underline)
    /// when colours are dropped and the theme gave them no attribute of that kind.
    static let mustStandOut: [Role: TextAttributes] = [
        .listSelected: .reverse, .linkFocused: .reverse, .searchMatch: .underline, .link: .underline,
        .statusError: .bold, .header: .reverse, .status: .reverse,
    ]

    /// The role's style mapped to a terminal of `depth`.
    public func terminalStyle(_ role: Role, depth: ColorDepth) -> TerminalStyle {
        let style = style(role)
        var attributes = style.attributes
        if depth == .monochrome, let marker = Self.mustStandOut[role],
           attributes.isDisjoint(with: [.reverse, .underline]) {
            attributes.insert(marker)
        }
        return TerminalStyle(foreground: ColorMapping.map(style.foreground, to: depth),
                             background: ColorMapping.map(style.background, to: depth), attributes: attributes)
    }

    /// The fallback every theme inherits from at the root: the terminal's own colours,
    /// with attributes that keep every role distinguishable.
    public static let builtIn = Theme(name: "builtin", description: "terminal colours, attributes only", styles: [
        .header: RoleStyle(attributes: [.reverse, .bold]),
        .status: RoleStyle(attributes: [.reverse]),
        .statusError: RoleStyle(foreground: .ansi(1), attributes: [.bold, .reverse]),
        .listSelected: RoleStyle(attributes: [.reverse]),
        .listUnread: RoleStyle(attributes: [.bold]),
        .listDate: RoleStyle(attributes: [.dim]),
        .articleTitle: RoleStyle(attributes: [.bold]),
        .articleMeta: RoleStyle(attributes: [.dim]),
        .articleExcerpt: RoleStyle(attributes: [.italic]),
        .link: RoleStyle(attributes: [.underline]),
        .linkFocused: RoleStyle(attributes: [.reverse]),
        .linkVisited: RoleStyle(attributes: [.dim, .underline]),
        .linkMissing: RoleStyle(attributes: [.dim]),
        .searchMatch: RoleStyle(attributes: [.reverse, .bold]),
        .helpKey: RoleStyle(attributes: [.bold]),
        .border: RoleStyle(attributes: [.dim]),
    ])
}
