/// How the inbox compares text, for the store's search words and the dashboard's reference order
/// and filter alike: ASCII letters lower-cased (as SQL's `lower(… COLLATE "C")`) and the Latin
/// letters of the five supported languages stripped of their accents (as `translate` with the
/// same two strings in schema 0010, which folds `tickets.search_text` and `customer_key`). Letters
/// of other scripts compare as they are. The dashboard's parity test fails if SQL and this drift.
public enum SearchFold {
    public static let accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ"
    public static let plain = "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy"
    static let table = Dictionary(uniqueKeysWithValues: zip(accented.unicodeScalars, plain.unicodeScalars))

    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let plain = table[scalar] {
                folded.append(plain)
            } else if (65...90).contains(scalar.value), let lower = Unicode.Scalar(scalar.value + 32) {
                folded.append(lower)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }
}
