import Foundation

/// Parses the dates news files carry (`2020-02-06T22:37:00Z`, with an offset, with
/// fractions, or a plain `2020-02-05`) without Foundation's formatters, which are slow
/// and not safe to share across threads.
public enum DateParser {
    public static func parse(_ text: String) -> Date? {
        text.utf8.withContiguousStorageIfAvailable(parse) ?? Array(text.utf8).withUnsafeBufferPointer(parse)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var count = bytes.count
        while count > 0, bytes[count - 1] == 0x20 { count -= 1 }
        var text = Cursor(bytes: UnsafeBufferPointer(rebasing: bytes[..<count]))
        guard let year = text.number(4), text.expect(0x2D), let month = text.number(2), text.expect(0x2D), let day = text.number(2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        guard let separator = text.next else { return Date(timeIntervalSince1970: seconds) }
        guard separator == 0x54 || separator == 0x74 || separator == 0x20 else { return nil }
        text.index += 1
        guard let hour = text.number(2), text.expect(0x3A), let minute = text.number(2), hour < 25, minute < 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if text.expect(0x3A) {
            guard let second = text.number(2), second <= 60 else { return nil }
            seconds += Double(second)
            if text.expect(0x2E) || text.expect(0x2C) {
                var scale = 0.1
                while let digit = text.next, digit >= 0x30, digit <= 0x39 {
                    seconds += Double(digit - 0x30) * scale
                    scale /= 10
                    text.index += 1
                }
            }
        }
        while text.next == 0x20 { text.index += 1 }
        if text.isAtEnd || text.expect(0x5A) || text.expect(0x7A) {
            return text.isAtEnd ? Date(timeIntervalSince1970: seconds) : nil
        }
        guard let signByte = text.next, signByte == 0x2B || signByte == 0x2D else { return nil }
        let sign = signByte == 0x2D ? -1.0 : 1.0
        text.index += 1
        guard let offsetHours = text.number(2) else { return nil }
        _ = text.expect(0x3A)
        let offsetMinutes = text.number(2) ?? 0
        guard text.isAtEnd else { return nil }
        seconds -= sign * Double(offsetHours * 3600 + offsetMinutes * 60)
        return Date(timeIntervalSince1970: seconds)
    }

    /// A read position in a date's bytes.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }
        var next: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// The number spelled by exactly `digits` digits here, read past.
        mutating func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[index + offset]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }

        /// Whether `byte` is here, read past if so.
        mutating func expect(_ byte: UInt8) -> Bool {
            guard next == byte else { return false }
            index += 1
            return true
        }
    }

    /// `YYYY-MM-DD` of an instant, in UTC.
    public static func dayString(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = civilFromDays(days)
        // By hand: String(format:) costs more than the rest of drawing a list frame.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = abs(value) % (divisor * 10)
            while divisor > 0 {
                bytes.append(UInt8(48 + rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(year, 4)
        bytes.append(0x2D)
        digits(month, 2)
        bytes.append(0x2D)
        digits(day, 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `YYYY-MM` of an instant, in UTC.
    public static func monthString(_ date: Date) -> String {
        String(dayString(date).prefix(7))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
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
}
