#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the standard output is connected to.
enum Terminal {
    /// The terminal's width in characters when standard output is a terminal; nil for a pipe or
    /// a file, so redirected output never depends on the window it was typed in.
    static var columns: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return nil
    }
}
