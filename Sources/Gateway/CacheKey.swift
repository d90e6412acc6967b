import Crypto

/// The exact-match cache key: SHA-256 of the prompt template's id and version and the complete
/// request bytes sent to the provider (model, sampling parameters, response format, redacted
/// messages). Hashing the wire bytes means no parameter can be left out of the key by mistake.
/// The tenant is a separate column of the cache row, so tenants never share entries.
enum CacheKey {
    static func make(templateID: String, version: Int, body: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: Array("\(templateID):\(version)\n".utf8))
        hasher.update(data: body)
        return hasher.finalize().map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xf)]], as: UTF8.self)
        }.joined()
    }
}
