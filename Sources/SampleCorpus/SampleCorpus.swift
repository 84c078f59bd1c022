import Foundation
/// The sample corpus bundled with lede, so a fresh clone has something to read.
public enum SampleCorpus {
    /// Folder holding the bundled articles, or nil when the resource bundle is missing.
    public static var url: URL? { Bundle.module.url(forResource: "Articles", withExtension: nil) }
}
