import ReaderState

/// Opens web addresses for the reader and reports, later, any that failed.
public protocol URLLauncher: AnyObject {
    /// Starts opening `url`; says at once whether that could begin.
    func open(_ url: String) -> Action
    /// Launches that have finished since the last call and failed, as status-line actions.
    func reap() -> [Action]
}
