import Testing

/// Every tmux test, one at a time: each drives a real terminal and waits on it, blocking a
/// thread of the test pool while it does. Run side by side on two cores, they starved one
/// another until time limits ran out on screens that were already right.
@Suite(.serialized) enum EndToEnd {}
