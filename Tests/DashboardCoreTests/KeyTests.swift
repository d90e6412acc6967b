import Testing

@testable import DashboardCore

@Suite struct KeyTests {
    @Test func cursesCodesMapToKeys() {
        let size = { TerminalSize(columns: 100, rows: 30) }
        #expect(Key(cursesKeyCode: 0o402, size: size) == .down)
        #expect(Key(cursesKeyCode: 0o403, size: size) == .up)
        #expect(Key(cursesKeyCode: 0o522, size: size) == .pageDown)
        #expect(Key(cursesKeyCode: 0o541, size: size) == .backTab)
        #expect(Key(cursesKeyCode: 0o632, size: size) == .resize(TerminalSize(columns: 100, rows: 30)))
        #expect(Key(cursesKeyCode: 0o777, size: size) == nil)
        #expect(Key(cursesCharacter: 13) == .enter)
        #expect(Key(cursesCharacter: 10) == .enter)
        #expect(Key(cursesCharacter: 127) == .backspace)
        #expect(Key(cursesCharacter: 27) == .escape)
        #expect(Key(cursesCharacter: 19) == .control("s"))
        #expect(Key(cursesCharacter: 3) == .control("c"))
        #expect(Key(cursesCharacter: 0x6F22) == .character("漢"))
        #expect(Key(cursesCharacter: 0x1F389) == .character("🎉"))
        #expect(Key(cursesCharacter: 0) == nil)
    }
}
