/// Which key runs which command: the command table's defaults, with any rebinding from
/// the config file laid over them. Help and the bottom-line hints read keys from here, so
/// they always show the bindings in force.
///
/// Bindings are kept per key context (list, other views, prompt). In each context the
/// commands scoped to it alone claim their keys before those that work anywhere, so a
/// narrow binding (`b` bookmarks in the list) shadows a broad one (`b` pages up) only there.
public struct Keymap: Sendable, Equatable {
    private var bindings: [KeyContext: [Key: Command]]
    private var keysByCommand: [Command: [Key]]

    /// The defaults of the command table.
    public static let standard = Keymap(overrides: [:])

    /// The table's defaults with `overrides` replacing the keys of the commands they name.
    /// A key claimed by two commands stays with the rebound one; the clash is reported.
    public init(overrides: [Command: [Key]]) {
        self = Self.build(overrides).keymap
    }

    public static func build(_ overrides: [Command: [Key]]) -> (keymap: Keymap, clashes: [String]) {
        var bindings: [KeyContext: [Key: Command]] = [:]
        var keysByCommand: [Command: [Key]] = [:]
        var clashes: [String] = []
        // Rebound commands claim their keys first, so a default never shadows a user's
        // choice; then narrow scopes before `anywhere`.
        func priority(_ info: CommandInfo) -> Int {
            (overrides[info.command] != nil ? 0 : 2) + (info.scope == .anywhere ? 1 : 0)
        }
        let ordered = CommandTable.all.enumerated().sorted { (priority($0.element), $0.offset) < (priority($1.element), $1.offset) }
        for (_, info) in ordered {
            var kept: [Key] = []
            for key in overrides[info.command] ?? info.keys {
                var claimed = false
                for context in info.scope.contexts {
                    if let existing = bindings[context]?[key], existing != info.command {
                        if overrides[info.command] != nil {
                            let clash = "\(key.label) is bound to both \(info.name) and \(CommandTable.info(existing).name)"
                            if !clashes.contains(clash) { clashes.append(clash) }
                        }
                        continue
                    }
                    bindings[context, default: [:]][key] = info.command
                    claimed = true
                }
                if claimed { kept.append(key) }
            }
            keysByCommand[info.command] = kept
        }
        return (Keymap(bindings: bindings, keysByCommand: keysByCommand), clashes)
    }

    private init(bindings: [KeyContext: [Key: Command]], keysByCommand: [Command: [Key]]) {
        self.bindings = bindings
        self.keysByCommand = keysByCommand
    }

    /// The command bound to `key` in `context`.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        bindings[context]?[key]
    }

    /// The command bound to `key`, in the prompt or else in the list.
    public func command(for key: Key, inPrompt: Bool) -> Command? {
        command(for: key, in: inPrompt ? .prompt : .list)
    }

    public func keys(for command: Command) -> [Key] {
        keysByCommand[command] ?? []
    }

    /// Where `key` runs `command`, when that is only part of the command's scope
    /// (`article` for `b` paging up); nil when it works throughout.
    public func whereOnly(_ key: Key, runs command: Command) -> String? {
        let contexts = CommandTable.info(command).scope.contexts
        let working = contexts.filter { bindings[$0]?[key] == command }
        guard working.count < contexts.count else { return nil }
        return working.map(\.rawValue).joined(separator: ", ")
    }

    /// The keys as help shows them: the table's short label (`1–9`) while the defaults
    /// stand, else every key, each saying where it works when not everywhere.
    public func label(for command: Command) -> String {
        let info = CommandTable.info(command)
        let keys = self.keys(for: command)
        if keys == info.keys, let label = info.keyLabel { return label }
        return keys.map { key in key.label + (whereOnly(key, runs: command).map { " (\($0))" } ?? "") }.joined(separator: " ")
    }
}
