internal import CCurl
internal import Domain
import Synchronization

/// One request's libcurl easy handle, the buffers libcurl needs while it runs, and the response
/// collected so far; or, for ``HTTPClient/stream(_:idleTimeout:)``, the head collected so far
/// and the channel that carries the body to its reader.
///
/// Confinement rule: the submitting task creates and configures a transfer and stores its
/// continuation (for a stream, the one awaiting the head), then hands it to the client thread
/// under the loop's lock (or, if the loop refuses it, finishes it itself). From then on only the
/// client thread touches it, including the libcurl callbacks (write, header, and the address
/// policy's open-socket and pre-request checks), which run inside `curl_multi_perform` on that
/// thread. Only `isCancelled` may be read and written from any thread; a stream's body channel
/// has its own lock. The loop keeps a transfer alive while its easy handle is in the multi
/// handle, which is what makes the unretained context pointers given to libcurl safe.
final class Transfer: @unchecked Sendable {
    typealias Completion = CheckedContinuation<Result<HTTPResponse, HTTPClientError>, Never>
    typealias HeadCompletion = CheckedContinuation<Result<(Int, [HTTPHeader]), HTTPClientError>, Never>

    let easy: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// `resolveOverrides` for CURLOPT_RESOLVE, which libcurl reads when the transfer starts.
    private var resolveList: UnsafeMutablePointer<curl_slist>?
    /// Why the address policy refused a connection, the first time it did; nil if it never did.
    private var refusal: String?
    /// Sockets the address policy let libcurl open, to say whether a refusal was all there was.
    private var allowedSockets = 0
    private let maxResponseBytes: Int
    private let truncatesResponse: Bool
    /// The body reached `maxResponseBytes` and reading stopped (truncating mode).
    private var truncated = false
    private var body: [UInt8] = []
    private var responseHeaders: [HTTPHeader] = []
    private var headerBytes = 0
    /// Why a callback aborted the transfer for exceeding a size limit, if one did.
    private var oversize: String?
    private var completion: Completion?
    private let cancelled = Atomic<Bool>(false)

    /// Set for a streamed transfer: its body goes here instead of into `body`.
    private let channel: BodyChannel?
    /// The streamed transfer's caller, waiting for the head; nil once resumed.
    private var headCompletion: HeadCompletion?
    /// The status code of the response whose header lines are arriving; streams need it to tell
    /// an interim head from the final one.
    private var currentStatus = 0
    /// When a streamed transfer that still has no head fails with `.timeout`; nil once the head
    /// has arrived, and always nil for `execute`, where libcurl enforces the whole timeout.
    private var headDeadline: ContinuousClock.Instant?
    /// How long a stream may go without receiving a byte; nil for none.
    private let idleTimeout: Duration?
    /// When the last byte arrived, or when the transfer was created (streams with an idle
    /// timeout only).
    private var lastReceived: ContinuousClock.Instant

    /// A bound on memory for response headers, which `maxResponseBytes` does not cover; far above
    /// what any real server sends.
    private static let maxHeaderBytes = 256 * 1024

    /// Validates `request` and prepares an easy handle for it; nothing is sent yet.
    ///
    /// With a `channel`, the transfer streams: it reports the head through `setHeadCompletion`,
    /// sends the body to `channel`, applies `request.timeout` to the head only, and applies
    /// `idleTimeout`, if any.
    init(
        _ request: HTTPRequest, streamingTo channel: BodyChannel? = nil, idleTimeout: Duration? = nil
    ) throws(HTTPClientError) {
        try Self.validate(request)
        self.channel = channel
        self.idleTimeout = idleTimeout
        lastReceived = .now
        if channel != nil {
            headDeadline = lastReceived + request.timeout
        }
        CurlGlobal.ready
        guard let easy = curl_easy_init() else {
            throw HTTPClientError(.transport, message: "libcurl could not create a transfer")
        }
        self.easy = easy
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        maxResponseBytes = request.maxResponseBytes
        truncatesResponse = request.truncatesResponse
        // From here on deinit releases the handle and buffers if configuration fails.
        try configure(request)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
        curl_slist_free_all(resolveList)
        errorBuffer.deallocate()
    }

    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    func markCancelled() {
        cancelled.store(true, ordering: .releasing)
    }

    /// Stores the continuation to resume; called by the submitting task before the hand-over.
    func setCompletion(_ completion: Completion) {
        self.completion = completion
    }

    /// Resumes the waiting caller. Later calls do nothing, so a transfer completes exactly once.
    func finish(_ result: Result<HTTPResponse, HTTPClientError>) {
        guard let completion else { return }
        self.completion = nil
        body = []
        responseHeaders = []
        completion.resume(returning: result)
    }

    func fail(_ kind: HTTPClientError.Kind, _ message: String) {
        fail(HTTPClientError(kind, message: message))
    }

    private func fail(_ error: HTTPClientError) {
        if let channel {
            // Before the head this reaches the caller of `stream`; after it, the body's reader.
            resumeHead(.failure(error))
            channel.finish(error)
        } else {
            finish(.failure(error))
        }
    }

    /// Stores the streaming caller's continuation; called by that task before the hand-over.
    func setHeadCompletion(_ completion: HeadCompletion) {
        headCompletion = completion
    }

    /// When the client thread should fail this stream with `.timeout`, and why; nil for none, and
    /// always for `execute`. The idle timeout is kept here rather than with libcurl's low-speed
    /// limit, which averages over seconds and so would end a stream whose heartbeats are small.
    var timeoutDeadline: (instant: ContinuousClock.Instant, reason: String)? {
        let idleDeadline = idleTimeout.map { lastReceived + $0 }
        if let headDeadline, idleDeadline.map({ headDeadline <= $0 }) ?? true {
            return (headDeadline, "the response did not start within the timeout")
        }
        return idleDeadline.map { ($0, "nothing arrived within the idle timeout") }
    }

    /// Resumes the streaming caller; later calls do nothing.
    private func resumeHead(_ result: Result<(Int, [HTTPHeader]), HTTPClientError>) {
        headDeadline = nil
        guard let headCompletion else { return }
        self.headCompletion = nil
        headCompletion.resume(returning: result)
    }

    /// Finishes with libcurl's result once the multi handle reports the transfer done.
    func complete(_ code: CURLcode) {
        if let channel {
            guard code == CURLE_OK else { return fail(error(for: code)) }
            // Normally the head went out at the blank line ending it; this covers any response
            // that ends without one.
            var status = 0
            _ = sb_curl_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
            resumeHead(.success((status, responseHeaders)))
            channel.finish(nil)
            return
        }
        guard code == CURLE_OK || (code == CURLE_WRITE_ERROR && truncated) else {
            finish(.failure(error(for: code)))
            return
        }
        var status = 0
        _ = sb_curl_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        finish(.success(HTTPResponse(status: status, headers: responseHeaders, body: body, truncated: truncated)))
    }

    private func error(for code: CURLcode) -> HTTPClientError {
        let detail = String(cString: errorBuffer)
        // A refused socket is a failed connect to libcurl, and a refused reused connection an
        // aborted transfer: both are the policy's doing, not the network's.
        if let refusal, code == CURLE_COULDNT_CONNECT || code == CURLE_ABORTED_BY_CALLBACK {
            let others = allowedSockets > 0 ? "; no other address of the host accepted a connection" : ""
            return HTTPClientError(
                .addressRefused, message: refusal + others, curlCode: Int(code.rawValue), curlMessage: detail)
        }
        let curlText = String(cString: curl_easy_strerror(code))
        let kind: HTTPClientError.Kind
        var message = curlText
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timeout
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            kind = .connect
        case CURLE_FILESIZE_EXCEEDED:
            kind = .responseTooLarge
            message = "the response declared a body larger than \(maxResponseBytes) bytes"
        case CURLE_WRITE_ERROR where oversize != nil:
            kind = .responseTooLarge
            message = oversize ?? message
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            kind = .invalidRequest
        default:
            kind = .transport
        }
        return HTTPClientError(kind, message: message, curlCode: Int(code.rawValue), curlMessage: detail)
    }

    // MARK: - Configuration

    private func configure(_ request: HTTPRequest) throws(HTTPClientError) {
        // First, so that libcurl can explain any later failure.
        try check(sb_curl_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer))
        try set(CURLOPT_URL, request.url)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        // Timeouts must not use SIGALRM: other threads share the process.
        try set(CURLOPT_NOSIGNAL, 1)
        // A redirect is not a delivery; the caller sees the 3xx and decides.
        try set(CURLOPT_FOLLOWLOCATION, 0)
        // A stream's timeout covers only its head, which the client thread enforces: libcurl's
        // would end the stream however lively it is.
        if channel == nil {
            try set(CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeout))
        } else {
            // The head is known to be complete at the blank line after a final status, which a
            // proxy's CONNECT answer (200, blank line) would otherwise fake.
            try set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
        }
        try set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeout))
        // Lets libcurl refuse an oversized body from Content-Length before reading it. Zero means
        // "no limit" to libcurl, and a HEAD response's Content-Length describes a body never sent.
        // A stream's limit is on unread bytes, not on its length.
        if request.maxResponseBytes > 0, request.method != "HEAD", !request.truncatesResponse, channel == nil {
            try check(sb_curl_easy_setopt_off_t(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)))
        }
        try configureMethodAndBody(request)
        try configureHeaders(request)

        let context = Unmanaged.passUnretained(self).toOpaque()
        try configureAddresses(request, context: context)
        try check(sb_curl_easy_setopt_pointer(easy, CURLOPT_PRIVATE, context))
        try check(sb_curl_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, context))
        try check(sb_curl_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, context))
        try check(
            sb_curl_easy_setopt_write_callback(easy, CURLOPT_WRITEFUNCTION) { data, size, count, context in
                guard let data, let context else { return 0 }
                let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
            })
        try check(
            sb_curl_easy_setopt_write_callback(easy, CURLOPT_HEADERFUNCTION) { data, size, count, context in
                guard let data, let context else { return 0 }
                let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
            })
    }

    /// Proxy, resolve overrides and the address policy's two checks.
    private func configureAddresses(_ request: HTTPRequest, context: UnsafeMutableRawPointer) throws(HTTPClientError) {
        if request.addressPolicy == .publicOnly || request.proxy == .none {
            // "" turns off any proxy from the environment; "*" makes sure no_proxy agrees.
            try set(CURLOPT_PROXY, "")
            try set(CURLOPT_NOPROXY, "*")
        }
        for entry in request.resolveOverrides {
            guard let list = curl_slist_append(resolveList, entry) else {
                throw HTTPClientError(.transport, message: "libcurl could not allocate the resolve list")
            }
            resolveList = list
        }
        if resolveList != nil {
            try check(sb_curl_easy_setopt_slist(easy, CURLOPT_RESOLVE, resolveList))
        }
        guard request.addressPolicy == .publicOnly else { return }
        // Every socket libcurl opens for this transfer, for each address it tries.
        try check(sb_curl_easy_setopt_pointer(easy, CURLOPT_OPENSOCKETDATA, context))
        try check(
            sb_curl_easy_setopt_opensocket_callback(easy, CURLOPT_OPENSOCKETFUNCTION) { context, _, address in
                guard let context, let address else { return sb_CURL_SOCKET_BAD }
                let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.openSocket(address)
            })
        // The connection the request is about to be sent on, including one reused from the
        // client's pool that another request (with `.any`) opened, which opens no socket.
        try check(sb_curl_easy_setopt_pointer(easy, CURLOPT_PREREQDATA, context))
        try check(
            sb_curl_easy_setopt_prereq_callback(easy, CURLOPT_PREREQFUNCTION) { context, primaryIP, _, _, _ in
                guard let context, let primaryIP else { return Int32(CURL_PREREQFUNC_ABORT) }
                let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.allowsConnection(to: primaryIP)
                    ? Int32(CURL_PREREQFUNC_OK) : Int32(CURL_PREREQFUNC_ABORT)
            })
    }

    private func configureMethodAndBody(_ request: HTTPRequest) throws(HTTPClientError) {
        switch (request.method, request.body) {
        case ("GET", nil):
            try set(CURLOPT_HTTPGET, 1)
        case ("HEAD", nil):
            try set(CURLOPT_NOBODY, 1)
        case ("HEAD", _?):
            throw HTTPClientError(.invalidRequest, message: "a HEAD request cannot have a body")
        case (let method, nil) where method != "POST":
            try set(CURLOPT_CUSTOMREQUEST, method)
        case (let method, let body):
            // COPYPOSTFIELDS copies the bytes (POSTFIELDS would not) and uses the size set before
            // it, so bodies may contain NUL bytes. Any method can carry the body this way.
            let body = body ?? []
            try check(sb_curl_easy_setopt_off_t(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            if body.isEmpty {
                try set(CURLOPT_COPYPOSTFIELDS, "")
            } else {
                try check(
                    body.withUnsafeBytes { bytes in
                        sb_curl_easy_setopt_pointer(
                            easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
                    })
            }
            if method != "POST" {
                try set(CURLOPT_CUSTOMREQUEST, method)
            }
        }
    }

    private func configureHeaders(_ request: HTTPRequest) throws(HTTPClientError) {
        // "Name;" is libcurl's spelling for a field with an empty value; "Name:" removes a field.
        var lines = request.headers.map { $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }
        // libcurl sends "Expect: 100-continue" for bodies over 1 MiB and then waits up to a
        // second for a 100 that most servers never send.
        if !request.headers.contains(where: { $0.hasName("Expect") }) {
            lines.append("Expect:")
        }
        // With a body and no type, libcurl would claim application/x-www-form-urlencoded.
        if request.body != nil, !request.headers.contains(where: { $0.hasName("Content-Type") }) {
            lines.append("Content-Type:")
        }
        for line in lines {
            guard let list = curl_slist_append(headerList, line) else {
                throw HTTPClientError(.transport, message: "libcurl could not allocate the header list")
            }
            headerList = list
        }
        try check(sb_curl_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList))
    }

    private func set(_ option: CURLoption, _ value: Int) throws(HTTPClientError) {
        try check(sb_curl_easy_setopt_long(easy, option, value))
    }

    private func set(_ option: CURLoption, _ value: String) throws(HTTPClientError) {
        try check(sb_curl_easy_setopt_string(easy, option, value))
    }

    private func check(_ code: CURLcode) throws(HTTPClientError) {
        guard code != CURLE_OK else { return }
        // validate(_:) has already refused what a caller could get wrong; what remains is libcurl
        // running out of memory or lacking a feature.
        throw HTTPClientError(
            .transport, message: String(cString: curl_easy_strerror(code)), curlCode: Int(code.rawValue),
            curlMessage: String(cString: errorBuffer))
    }

    /// Rounds up, so that a positive duration never becomes 0, which libcurl reads as "no limit".
    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let wholeMilliseconds = min(seconds, Int64(Int32.max)) * 1000
        return Int(wholeMilliseconds + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    // MARK: - Validation

    private static func validate(_ request: HTTPRequest) throws(HTTPClientError) {
        func invalid(_ message: String) -> HTTPClientError { HTTPClientError(.invalidRequest, message: message) }
        guard isToken(request.method) else { throw invalid("the method is not a valid HTTP token") }
        // A C string would silently end at the NUL.
        guard !request.url.utf8.contains(0) else { throw invalid("the URL contains a NUL byte") }
        for header in request.headers {
            guard isToken(header.name) else { throw invalid("a header name is not a valid HTTP token") }
            // Control characters would let a value start a new header line or end the head early.
            guard header.value.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F || $0 == 0x09 }) else {
                throw invalid("a header value contains control characters")
            }
        }
        guard request.timeout > .zero, request.connectTimeout > .zero else {
            throw invalid("timeouts must be positive")
        }
        guard request.maxResponseBytes >= 0 else { throw invalid("maxResponseBytes must not be negative") }
        for entry in request.resolveOverrides {
            guard entry.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else {
                throw invalid("a resolve override contains control characters")
            }
        }
    }

    /// RFC 9110 `token`: what method names and header field names are made of.
    private static func isToken(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    return true
                default:
                    return "!#$%&'*+-.^_`|~".utf8.contains(byte)
                }
            }
    }

    // MARK: - libcurl callbacks (client thread)

    /// CURLOPT_OPENSOCKETFUNCTION for `.publicOnly`: opens the socket as libcurl would, unless
    /// the address is not public. A refusal is a failed connect attempt to libcurl, which then
    /// tries the host's next address, if any, and otherwise fails with CURLE_COULDNT_CONNECT.
    private func openSocket(_ address: UnsafeMutablePointer<curl_sockaddr>) -> curl_socket_t {
        var raw = [UInt8](repeating: 0, count: 16)
        let length = raw.withUnsafeMutableBufferPointer { sb_curl_sockaddr_ip(address, $0.baseAddress) }
        if let why = Self.refusal(
            raw.prefix(Int(length)), unreadable: "the host resolved to an address that is not an IP address")
        {
            refuse(why)
            return sb_CURL_SOCKET_BAD
        }
        allowedSockets += 1
        return sb_curl_open_socket(address)
    }

    /// CURLOPT_PREREQFUNCTION for `.publicOnly`: false aborts the transfer before anything is
    /// sent (CURLE_ABORTED_BY_CALLBACK).
    private func allowsConnection(to primaryIP: UnsafePointer<CChar>) -> Bool {
        var raw = [UInt8](repeating: 0, count: 16)
        let length = raw.withUnsafeMutableBufferPointer { sb_parse_ip(primaryIP, $0.baseAddress) }
        if let why = Self.refusal(raw.prefix(Int(length)), unreadable: "the connection's address is not an IP address")
        {
            refuse(why)
            return false
        }
        return true
    }

    /// Why an address may not be connected to under `.publicOnly`, or nil when it is a public
    /// IP address.
    private static func refusal(_ bytes: ArraySlice<UInt8>, unreadable: String) -> String? {
        guard let ip = IPAddress(bytes: bytes) else { return unreadable }
        return ip.nonPublicClass.map { "the host resolved to \($0.phrase) (\(ip))" }
    }

    private func refuse(_ reason: String) {
        if refusal == nil { refusal = reason }
    }

    /// Returning fewer bytes than offered makes libcurl abort with CURLE_WRITE_ERROR.
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        if let channel {
            if idleTimeout != nil { lastReceived = .now }
            switch channel.yield(bytes) {
            case .accepted:
                return bytes.count
            case .readerGone:
                // The reader has also asked the loop to remove the transfer; stop reading now.
                return 0
            case .overflow:
                oversize = "the reader fell more than \(maxResponseBytes) bytes behind the stream"
                return 0
            }
        }
        guard bytes.count <= maxResponseBytes - body.count else {
            if truncatesResponse {
                body.append(contentsOf: bytes.prefix(maxResponseBytes - body.count))
                truncated = true
            } else {
                oversize = "the response body exceeded \(maxResponseBytes) bytes"
            }
            return 0
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    /// libcurl passes one complete header line per call, status lines and the blank line included.
    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Int {
        if idleTimeout != nil { lastReceived = .now }
        // Counted over interim responses too, so an endless stream of 1xx responses is stopped.
        headerBytes += bytes.count
        guard headerBytes <= Self.maxHeaderBytes else {
            oversize = "the response headers exceeded \(Self.maxHeaderBytes) bytes"
            return 0
        }
        var line = bytes[...]
        while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") {
            line = line.dropLast()
        }
        if line.isEmpty {
            // The end of a head: a stream's caller gets it now, unless it was an interim (1xx)
            // response, after which the final one follows.
            if channel != nil, currentStatus >= 200 {
                resumeHead(.success((currentStatus, responseHeaders)))
            }
        } else if line.starts(with: "HTTP/".utf8) {
            // A new response begins (after a 1xx, or after a proxy's CONNECT answer): only the
            // final response's fields are kept.
            responseHeaders.removeAll()
            currentStatus = Self.statusCode(line)
        } else if let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            // Obsolete line folding continues the previous field's value.
            if !responseHeaders.isEmpty {
                responseHeaders[responseHeaders.count - 1].value += " " + Self.trimmed(line)
            }
        } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            let name = String(decoding: line[..<colon], as: UTF8.self)
            let value = Self.trimmed(line[(colon + 1)...])
            responseHeaders.append(HTTPHeader(name: name, value: value))
        }
        return bytes.count
    }

    /// The code in a status line such as `HTTP/1.1 200 OK` or `HTTP/2 404`; 0 if malformed.
    private static func statusCode(_ line: Slice<UnsafeRawBufferPointer>) -> Int {
        let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard fields.count >= 2, fields[1].count == 3 else { return 0 }
        return Int(String(decoding: fields[1], as: UTF8.self)) ?? 0
    }

    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> String {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }),
            let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[start...end], as: UTF8.self)
    }
}
