/// A read-only multimap from 64-bit token hashes to small integers (lexicon entry ids).
///
/// Open addressing over flat arrays: a lookup is a multiply, a mask and usually one comparison, several times
/// cheaper than `Dictionary<UInt64, [Int32]>` (SipHash plus an array per key). Triage does a few thousand of these
/// per kilobyte of text, so this is where the time budget goes.
struct HashIndex: Sendable {
    private let keys: [UInt64]
    /// Start into `postings` in the high 32 bits, count in the low 32 bits.
    private let spans: [UInt64]
    private let postings: [Int32]
    private let mask: Int

    init(_ pairs: [(key: UInt64, value: Int32)]) {
        var order: [UInt64] = []
        var grouped: [UInt64: [Int32]] = [:]
        for pair in pairs {
            if grouped[pair.key] == nil { order.append(pair.key) }
            grouped[pair.key, default: []].append(pair.value)
        }
        var capacity = 16
        while capacity < order.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var spans = [UInt64](repeating: 0, count: capacity)
        var postings: [Int32] = []
        for key in order {
            let values = grouped[key] ?? []
            var slot = HashIndex.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            spans[slot] = UInt64(postings.count) << 32 | UInt64(values.count)
            postings.append(contentsOf: values)
        }
        self.keys = keys
        self.spans = spans
        self.postings = postings
        self.mask = mask
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The range of `postings` stored under `key`, or an empty range.
    @inline(__always)
    func lookup(_ key: UInt64) -> Range<Int> {
        var slot = HashIndex.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key {
                let span = spans[slot]
                let start = Int(span >> 32)
                return start..<(start + Int(span & 0xFFFF_FFFF))
            }
            if stored == 0 { return 0..<0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        !lookup(key).isEmpty
    }

    @inline(__always)
    func posting(_ index: Int) -> Int32 {
        postings[index]
    }
}
