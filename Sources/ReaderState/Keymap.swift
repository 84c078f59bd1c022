/// Which key runs which command: the command table's defaults, with any rebinding from
/// the config file laid over them. Help and the bottom-line hints read keys from here, so
/// they always show the bindings in force.
public struct Keymap: Sendable, Equatable {
    private var browsing: [Key: Command]
    private var prompt: [Key: Command]
    private var keysByCommand: [Command: [Key]]

    /// The defaults of the command table.
    public static let standard = Keymap(overrides: [:])

    /// The table's defaults with `overrides` replacing the keys of the commands they name.
    /// A key claimed by two commands stays with the rebound one; the clash is reported.
    public init(overrides: [Command: [Key]]) {
        self = Self.build(overrides).keymap
    }

    public static func build(_ overrides: [Command: [Key]]) -> (keymap: Keymap, clashes: [String]) {
        var browsing: [Key: Command] = [:]
        var prompt: [Key: Command] = [:]
        var keysByCommand: [Command: [Key]] = [:]
        var clashes: [String] = []
        // Rebound commands claim their keys first, so a default never shadows a user's choice.
        let ordered = CommandTable.all.filter { overrides[$0.command] != nil } + CommandTable.all.filter { overrides[$0.command] == nil }
        for info in ordered {
            let isPrompt = info.group == .prompt
            var kept: [Key] = []
            for key in overrides[info.command] ?? info.keys {
                let existing = isPrompt ? prompt[key] : browsing[key]
                if let existing, existing != info.command {
                    if overrides[info.command] != nil {
                        clashes.append("\(key.label) is bound to both \(info.name) and \(CommandTable.info(existing).name)")
                    }
                    continue
                }
                if isPrompt { prompt[key] = info.command } else { browsing[key] = info.command }
                kept.append(key)
            }
            keysByCommand[info.command] = kept
        }
        let keymap = Keymap(browsing: browsing, prompt: prompt, keysByCommand: keysByCommand)
        return (keymap, clashes)
    }

    private init(browsing: [Key: Command], prompt: [Key: Command], keysByCommand: [Command: [Key]]) {
        self.browsing = browsing
        self.prompt = prompt
        self.keysByCommand = keysByCommand
    }

    /// The command bound to `key`, in the prompt or while browsing.
    public func command(for key: Key, inPrompt: Bool) -> Command? {
        inPrompt ? prompt[key] : browsing[key]
    }

    public func keys(for command: Command) -> [Key] {
        keysByCommand[command] ?? []
    }

    /// The keys as help shows them: the table's short label (`1–9`) while the defaults
    /// stand, else every key.
    public func label(for command: Command) -> String {
        let info = CommandTable.info(command)
        let keys = self.keys(for: command)
        if keys == info.keys, let label = info.keyLabel { return label }
        return keys.map(\.label).joined(separator: " ")
    }
}
