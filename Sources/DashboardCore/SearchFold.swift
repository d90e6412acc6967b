/// How the inbox compares text, identical to the store's SQL so that the two never disagree on a
/// filter or an order: ASCII letters lower-cased (`lower(… COLLATE "C")`) and the Latin letters of
/// the five supported languages stripped of their accents (`translate`, schema 0010). Letters of
/// other scripts compare as they are. The store's `TextFold` holds the same table (it may not
/// import this module); the dashboard's parity test fails if they drift.
enum SearchFold {
    static let accented = Array("ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ".unicodeScalars)
    static let plain = Array("aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy".unicodeScalars)
    static let table = Dictionary(uniqueKeysWithValues: zip(accented, plain))

    static func fold(_ text: String) -> String {
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
