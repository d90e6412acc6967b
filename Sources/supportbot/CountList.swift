import ArgumentParser

/// Parses a comma-separated list of counts like `1,16,64`, each within `range`; a usage error
/// naming `option` otherwise.
func countList(_ text: String, option: String, range: ClosedRange<Int>, example: String) throws -> [Int] {
    let parts = text.split(separator: ",")
    let counts = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !counts.isEmpty, counts.count == parts.count, counts.allSatisfy(range.contains) else {
        throw ValidationError(
            "\(option) must be a list like \(example) (each \(range.lowerBound)…\(range.upperBound))")
    }
    return counts
}
