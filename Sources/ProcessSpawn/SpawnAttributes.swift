#if canImport(Glibc)
    import Glibc
#endif

/// `posix_spawn` attributes for a child that starts with an empty signal mask and default
/// handlers for the signals that end or pause a program. Needed because the spawning thread may
/// be a pool thread that blocks signals, or the parent may ignore SIGINT (the dashboard does):
/// a child inheriting either would shrug off SIGTERM, SIGHUP or Ctrl-C.
public enum SpawnAttributes {
    /// Runs `body` with the attributes; they are destroyed afterwards.
    public static func withCleanSignals<R>(_ body: (UnsafePointer<posix_spawnattr_t>) -> R) -> R {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGPIPE, SIGWINCH] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return withUnsafePointer(to: &attributes) { body($0) }
    }
}
