/// Pads `text` with spaces to `width` columns (left-aligned, or right-aligned for numbers); longer
/// text is returned whole. For the 80-column tables of the operator commands.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    guard text.count < width else { return text }
    let fill = String(repeating: " ", count: width - text.count)
    return right ? fill + text : text + fill
}
