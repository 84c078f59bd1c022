/// The pages open, like a browser's: `stack` always starts with the list, with articles,
/// related cards, help and browsers pushed on top; `forward` holds pages left by going
/// back, until a new page is opened.
public struct History: Sendable, Equatable {
    public internal(set) var stack: [Page] = [Page(.list)]
    public internal(set) var forward: [Page] = []
}
