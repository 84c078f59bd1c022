/// Counts in messages, with the noun in the right number: `1 article`, `2 articles`.
public enum Words {
    /// `count` and `singular`, made plural with an `s` or with `plural` when given.
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
