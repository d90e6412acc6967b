import Foundation

/// Short, locale-free renderings of times, so snapshots do not depend on the machine.
enum TimeFormat {
    /// "14:05" on the day of `now`, else "2024-05-01 14:05", in `timeZone`.
    static func clock(_ date: Date, now: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        if calendar.isDate(date, inSameDayAs: now) { return time }
        return String(format: "%04d-%02d-%02d ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0) + time
    }

    /// "now", "5m", "3h", "2d", "6w": an age that fits in four columns.
    static func age(from date: Date, now: Date) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "now"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        case ..<(86_400 * 14): return "\(seconds / 86_400)d"
        default: return "\(seconds / (86_400 * 7))w"
        }
    }
}
