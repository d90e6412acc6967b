import Foundation
import Testing

@testable import DashboardCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("ñ", 1), ("Ł", 1), ("漢", 2), ("あ", 2), ("한", 2), ("Ａ", 2),
        ("😀", 2), ("🎉", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇯🇵", 2), ("❤️", 2), ("☺︎", 1), ("1️⃣", 2), ("…", 1),
        ("─", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{1B}", 0), ("\t", 0),
    ])
    func characterWidths(_ text: String, _ width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(Character(text)) == width)
    }

    @Test func stringWidths() {
        #expect("Zoë Martínez".displayWidth == 12)
        #expect("山田太郎".displayWidth == 8)
        #expect("Love 🎉!".displayWidth == 8)
        #expect("".displayWidth == 0)
    }

    @Test func truncateCutsByWidthAndNeverSplitsAWideCharacter() {
        #expect(TextLayout.truncate("hello world", width: 8) == "hello w…")
        #expect(TextLayout.truncate("hello", width: 5) == "hello")
        #expect(TextLayout.truncate("配送が遅れています", width: 8) == "配送が…")
        #expect(TextLayout.truncate("配送が遅れています", width: 8).displayWidth == 7)
        #expect(TextLayout.truncate("ab", width: 1) == "…")
        #expect(TextLayout.truncate("ab", width: 0) == "")
        #expect(TextLayout.fit("山田", width: 6) == "山田  ")
        #expect(TextLayout.fit("3m", width: 4, alignRight: true) == "  3m")
    }

    @Test func sanitizeRemovesWhatCouldDriveTheTerminal() {
        #expect(TextLayout.sanitize("a\u{1B}[2Jb\tc\u{202E}d\n") == "a[2Jb cd\n")
        #expect(TextLayout.singleLine("one\r\ntwo\nthree") == "one two three")
    }

    @Test func wrapBreaksOnWordsByDisplayWidth() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(TextLayout.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(TextLayout.wrap("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
        for line in TextLayout.wrap("Où est mon colis 🎁 ? 注文番号は 1234 です。ありがとう", width: 12) {
            #expect(line.displayWidth <= 12)
        }
    }

    @Test func columnsLineUpWithAccentsCJKAndEmoji() {
        let app = FakeApp(rows: Fixtures.sampleRows)
        for columns in [80, 61, 100] {
            var state = app.start(size: TerminalSize(columns: columns, rows: 24))
            _ = reduce(&state, .key(.down))
            let grid = render(state, size: state.size)
            // Each column of every row starts at the same terminal column as its heading.
            let layout = InboxColumns(width: columns)
            var x = InboxColumns.markerWidth
            for (column, width) in layout.columns {
                for y in 2..<(2 + Fixtures.sampleRows.count) {
                    #expect(!grid[y, x].isContinuation, "row \(y) column \(column) starts inside a wide character")
                    // The cell just after the column is the separating blank.
                    if x + width < columns { #expect(grid[y, x + width].character == " ") }
                }
                x += width + 1
            }
            // Every row fills its columns from the same terminal column: left-aligned texts start on the
            // column's first cell and right-aligned ages end on its last, whatever the script before them.
            x = InboxColumns.markerWidth
            for (column, width) in layout.columns {
                for y in 2..<(2 + Fixtures.sampleRows.count) {
                    let cell = column == .age ? grid[y, x + width - 1] : grid[y, x]
                    #expect(cell.character != " ", "row \(y) column \(column)")
                }
                x += width + 1
            }
        }
    }
}
