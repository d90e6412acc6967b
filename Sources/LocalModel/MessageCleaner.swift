/// Strips what a customer did not write in this message: quoted reply chains, signatures after "--",
/// mobile footers and legal disclaimers. Quoted agent text would otherwise be scored as the customer's words
/// (an old "we have refunded you" turning a new delivery question into a refund ticket).
///
/// Works on UTF-8 bytes and returns the input untouched (no copy) when nothing needs removing, which is the
/// common case: this runs on every message of every triage.
enum MessageCleaner {
    static func clean(_ body: String) -> String {
        let bytes = Array(body.utf8)
        var kept: [Range<Int>] = []
        var changed = false
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
            if first < lineEnd && bytes[first] == 0x3E {  // ">" quoted line
                changed = true
            } else if endsMessage(bytes, first, lineEnd, nextLine: lineEnd + 1) {
                changed = true
                break
            } else {
                kept.append(lineStart..<lineEnd)
            }
            lineStart = lineEnd + 1
        }
        guard changed else { return body }
        return kept.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: "\n")
    }

    /// Whether the line `bytes[start..<end]` begins text that is not the customer's new message.
    private static func endsMessage(_ bytes: [UInt8], _ start: Int, _ end: Int, nextLine: Int) -> Bool {
        guard start < end else { return false }
        let line = bytes[start..<end]
        if bytes[start] == 0x2D || bytes[start] == 0x5F {  // "--" / "__" signature delimiters
            return end - start >= 2 && bytes[start + 1] == bytes[start]
                || line.starts(with: originalMessage)
        }
        for marker in footerPrefixes where line.starts(with: marker) { return true }
        // "On Tue, 3 Nov 2026 at 10:02, Support <…> wrote:" and its translations end with a colon.
        var last = end - 1
        while last > start && (bytes[last] == 0x20 || bytes[last] == 0x0D) { last -= 1 }
        if bytes[last] == 0x3A {
            let lower = String(decoding: line, as: UTF8.self).lowercased()
            if replyVerbs.contains(where: { lower.contains($0) }) { return true }
        }
        // Outlook-style headers: "From: …" directly followed by "Sent: …" / "Date: …".
        if headerStarts.contains(where: { line.starts(with: $0) }), nextLine < bytes.count {
            var next = nextLine
            while next < bytes.count && bytes[next] == 0x20 { next += 1 }
            let following = bytes[next...]
            return headerFollowers.contains { following.starts(with: $0) }
        }
        return false
    }

    private static let originalMessage = Array("-----Original Message-----".utf8)
    private static let footerPrefixes = [
        "CONFIDENTIALITY NOTICE", "Confidentiality notice", "DISCLAIMER", "Disclaimer:", "This e-mail message",
        "This email and any", "Please consider the environment", "Sent from my", "Enviado desde mi",
        "Gesendet von meinem", "Envoyé de mon", "Inviato da",
    ].map { Array($0.utf8) }
    private static let replyVerbs = ["wrote", "escribió", "schrieb", "a écrit", "ha scritto", "escreveu", "schreef"]
    private static let headerStarts = ["From:", "Von:", "De :", "De:", "Da:"].map { Array($0.utf8) }
    private static let headerFollowers = [
        "Sent:", "Date:", "Gesendet:", "Datum:", "Envoyé :", "Envoyé:", "Inviato:", "Enviado:", "Fecha:", "To:",
    ].map { Array($0.utf8) }
}
