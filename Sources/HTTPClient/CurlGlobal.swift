internal import CCurl

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process-wide libcurl setup, done once before the first handle is created.
enum CurlGlobal {
    /// Touch this before any libcurl call. Swift runs a static initializer exactly once, on first
    /// use, and other threads wait for it; `curl_global_init` is not safe to run concurrently.
    static let ready: Void = {
        // Transfers run with CURLOPT_NOSIGNAL, so libcurl will not guard against SIGPIPE itself
        // and a write to a connection the peer closed would otherwise kill the process.
        _ = signal(SIGPIPE, SIG_IGN)
        let code = curl_global_init(sb_CURL_GLOBAL_ALL)
        precondition(code == CURLE_OK, "curl_global_init failed: \(String(cString: curl_easy_strerror(code)))")
    }()
}
