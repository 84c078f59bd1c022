import BundledThemes
import Foundation
import ReaderLoop
import ReaderState
import ReaderStore
import ReaderUI

/// Reads the config file and the chosen theme into `ReaderOptions`. Nothing here stops
/// the reader: every problem becomes a status-line message and a default stands in.
enum ReaderSetup {
    static func options(themeArgument: String?, monochrome: Bool,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> (ReaderOptions, ReaderConfig) {
        let configURL = ConfigPaths.configFolder(environment).appendingPathComponent("config.toml")
        let (config, configErrors) = ReaderConfig.load(from: configURL)
        var problems = configErrors.map(\.description)
        let catalog = ThemeCatalog.standard(shipped: BundledThemes.url, environment: environment)
        let requested = themeArgument ?? config.theme ?? "default"
        let theme: Theme
        do {
            theme = try catalog.load(requested)
        } catch {
            problems.append(error.description + " — using the default theme")
            theme = (try? catalog.load("default")) ?? Theme.builtIn
        }
        let (keymap, clashes) = Keymap.build(config.keyBindings)
        problems += clashes.map { "\(configURL.path): \($0)" }
        let noColor = ConfigPaths.noColorRequested(environment)
        var options = ReaderOptions(theme: theme, themes: .init(catalog: catalog, names: catalog.entries().map(\.name)),
                                    monochrome: monochrome || noColor, keymap: keymap, problems: problems,
                                    sort: config.sort.flatMap(SortKey.init(rawValue:)) ?? .date,
                                    layout: config.layout.map { $0 == .split ? .split : .single })
        options.savedSearches = config.searches
        options.savedSearchFile = SavedSearchFile(url: configURL)
        return (options, config)
    }

    /// Marks and sessions in `$XDG_STATE_HOME/lede/state.json`, the session of this corpus
    /// stored under its roots, so the same folders reopen where the reader left them.
    static func persistence(roots: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> ReaderPersistence {
        let file = StateFile(folder: ConfigPaths.stateFolder(environment))
        let identity = roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.sorted().joined(separator: "\n")
        return ReaderPersistence(
            load: {
                let (saved, outcome) = file.load()
                var notice: String?
                if case .corrupt(let movedTo) = outcome {
                    notice = "The state file did not parse; it was moved to \(movedTo) and marks start afresh"
                }
                return (saved.marks, saved.sessions[identity], notice)
            },
            save: { marks, session in
                try file.save(SavedState(marks: marks, sessions: [identity: session]))
            })
    }
}
