extension Duration {
    /// The duration as fractional seconds, for reports, metrics and SQL intervals.
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// The duration as fractional milliseconds.
    public var inMilliseconds: Double { inSeconds * 1000 }
}
