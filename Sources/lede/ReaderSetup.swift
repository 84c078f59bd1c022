import BundledThemes
import Foundation
import NcursesBackend
import ReaderState
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
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let options = ReaderOptions(theme: theme, themes: .init(catalog: catalog, names: catalog.entries().map(\.name)),
                                    monochrome: monochrome || noColor, keymap: keymap, problems: problems)
        return (options, config)
    }
}
