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

    // Howard Hinnant's civil_from_days, so no calendar or formatter is needed.
    static func civil(days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
