import Foundation

/// The colour themes shipped in the top-level Themes/ folder.
public enum BundledThemes {
    /// Folder of the shipped `*.toml` themes, or nil when the resource bundle is missing.
    public static var url: URL? { Bundle.module.url(forResource: "Themes", withExtension: nil) }
}
