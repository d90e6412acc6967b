/// The terminal's size in cells.
public struct TerminalSize: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        // Negative sizes can come from a failed ioctl; treat them as an empty screen, not a crash.
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// The size the dashboard is designed for.
    public static let standard = TerminalSize(columns: 80, rows: 24)
}
