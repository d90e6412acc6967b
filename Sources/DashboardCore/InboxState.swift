import Foundation

/// The inbox list: the query, the loaded window of rows, the cursor and the scroll position.
/// Only a window of rows around the screen is held; the app fetches it page by page.
public struct InboxState: Sendable, Equatable {
    /// The filter and order; changed only through keys, so every change bumps `generation`.
    public internal(set) var query = InboxQuery()
    /// Bumped on every query change; see `InboxRequest.generation`.
    public internal(set) var generation = 0
    /// Rows matching the query in all, as the last page said.
    public internal(set) var total = 0
    public internal(set) var counts = ReviewCounts()
    /// Position of `rows.first`.
    public internal(set) var loadedOffset = 0
    /// The loaded window of rows.
    public internal(set) var rows: [InboxRow] = []
    /// The window the loaded rows answered, nil before the first page of this query.
    public internal(set) var loadedWindow: RowWindow?
    /// The last page asked for and not yet superseded.
    public internal(set) var requested: InboxRequest?
    /// The selected position (0…total-1; 0 when empty).
    public internal(set) var cursor = 0
    /// The selected draft; the cursor follows it when rows move.
    public internal(set) var cursorID: UUID?
    /// Position of the first row on screen.
    public internal(set) var scroll = 0

    /// Rows fetched around the screen in each direction, in screens: scrolling within a screen
    /// of the current one needs no fetch.
    static let prefetchScreens = 1
    /// Windows are aligned to this many rows, so that small scrolls ask for the same window and
    /// the app can cache pages.
    static let pageAlignment = 50

    /// The row at `position`, when it is loaded.
    public func row(at position: Int) -> InboxRow? {
        let index = position - loadedOffset
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// The row under the cursor, when loaded.
    public var selectedRow: InboxRow? { total > 0 ? row(at: cursor) : nil }

    /// The rows the view model needs for a viewport of `height` rows: the screen plus a screen of
    /// prefetch on each side, aligned to `pageAlignment`.
    public func neededWindow(viewportRows height: Int) -> RowWindow {
        let height = max(1, height)
        let low = max(0, scroll - height * Self.prefetchScreens)
        let high = scroll + height * (1 + Self.prefetchScreens)
        let align = Self.pageAlignment
        let offset = low / align * align
        let end = (high + align - 1) / align * align
        return RowWindow(offset: offset, limit: end - offset)
    }

    /// Moves the cursor to `position` (clamped) and scrolls just enough to show it.
    mutating func moveCursor(to position: Int, viewportRows height: Int) {
        cursor = max(0, min(position, total - 1))
        let height = max(1, height)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        clampScroll(viewportRows: height)
        cursorID = row(at: cursor)?.id
    }

    /// Keeps the scroll inside the list, never leaving blank rows at the bottom when rows exist.
    mutating func clampScroll(viewportRows height: Int) {
        let height = max(1, height)
        scroll = max(0, min(scroll, total - height))
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = max(0, cursor - height + 1) }
    }

    /// Forgets the loaded rows: the query changed, so positions mean something else now.
    mutating func reset() {
        generation += 1
        rows = []
        loadedWindow = nil
        loadedOffset = 0
        requested = nil
        cursor = 0
        cursorID = nil
        scroll = 0
    }
}
