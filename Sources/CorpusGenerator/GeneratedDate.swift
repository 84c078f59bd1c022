import ArticleParsing

/// A publication instant over three years from 2021, written the ways cards write it.
struct GeneratedDate: Sendable {
    /// Seconds since 1970, UTC.
    var seconds: Int
    /// Minutes east of UTC the text is written in; nil writes `Z`.
    var offsetMinutes: Int?
    var dateOnly: Bool

    static let start = 1_609_459_200  // 2021-01-01T00:00:00Z
    static let span = 3 * 365 * 86_400

    init(_ rng: inout SplitMix64) {
        seconds = GeneratedDate.start + rng.int(below: GeneratedDate.span / 60) * 60
        let style = rng.int(below: 100)
        offsetMinutes = style < 8 ? rng.pick([60, 120, -300, 330, 540, -180]) : nil
        dateOnly = style >= 97
    }

    /// `2022-03-04T05:06:00Z`, `2022-03-04T07:06:00+02:00` or `2022-03-04`.
    var text: String {
        if dateOnly { return day }
        let offset = offsetMinutes ?? 0
        let local = seconds + offset * 60
        let (year, month, day) = GeneratedDate.civil(days: local.floorDivided(by: 86_400))
        let time = local - local.floorDivided(by: 86_400) * 86_400
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(time / 3600, 2)):\(pad(time / 60 % 60, 2)):00"
        guard let minutes = offsetMinutes else { return text + "Z" }
        text += minutes < 0 ? "-" : "+"
        return text + "\(pad(abs(minutes) / 60, 2)):\(pad(abs(minutes) % 60, 2))"
    }

    /// `YYYY-MM-DD` in UTC.
    var day: String {
        let (year, month, day) = GeneratedDate.civil(days: seconds.floorDivided(by: 86_400))
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `YYYY/MM/DD` for URL paths.
    var path: String { day.replacingDashes() }

    static func civil(days: Int) -> (Int, Int, Int) {
        DateParser.civilFromDays(days)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

private extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

private extension String {
    func replacingDashes() -> String {
        String(map { $0 == "-" ? "/" : $0 })
    }
}
