import Foundation

/// Where lede keeps configuration and state, following the XDG base directory spec, and
/// what the environment says about colour.
public enum ConfigPaths {
    /// Whether `NO_COLOR` asks for no colour: set and not empty (no-color.org).
    public static func noColorRequested(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    public static func configFolder(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        folder(environment["XDG_CONFIG_HOME"], fallback: ".config", environment)
    }

    public static func stateFolder(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        folder(environment["XDG_STATE_HOME"], fallback: ".local/state", environment)
    }

    private static func folder(_ configured: String?, fallback: String, _ environment: [String: String]) -> URL {
        // The spec ignores relative paths in these variables.
        if let configured, configured.hasPrefix("/") {
            return URL(fileURLWithPath: configured).appendingPathComponent("lede")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback).appendingPathComponent("lede")
    }
}
