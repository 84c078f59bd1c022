/// Keys under which related links match corpus articles: URLs with their cosmetic
/// differences (scheme, `www.`, AMP variants, fragments, trailing slashes) removed, and
/// titles with case, punctuation and spacing folded. Both work on bytes: the corpus index
/// computes hundreds of thousands of them at load.
public enum LinkKeys {
    public static func url(_ raw: String) -> String? {
        var bytes = Array(raw.utf8)
        trim(&bytes)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
        if let hash = bytes.firstIndex(of: 0x23) { bytes.removeSubrange(hash...) }
        var start = 0
        for scheme in ["https://", "http://", "//"] where bytes.starts(with: scheme.utf8) {
            start = scheme.utf8.count
            break
        }
        var text = bytes[start...]
        // Google's AMP cache: HOST-with-dashes.cdn.ampproject.org/c/s/HOST/PATH
        if let cacheEnd = end(of: ".cdn.ampproject.org/", in: text) {
            text = text[cacheEnd...]
            for prefix in ["c/s/", "c/", "v/s/", "v/"] where text.starts(with: prefix.utf8) {
                text = text.dropFirst(prefix.utf8.count)
                break
            }
        }
        let hostEnd = text.firstIndex { $0 == 0x2F || $0 == 0x3F } ?? text.endIndex
        var host = text[text.startIndex..<hostEnd]
        for prefix in ["www.", "amp.", "m."] where host.starts(with: prefix.utf8) {
            host = host.dropFirst(prefix.utf8.count)
            break
        }
        guard !host.isEmpty else { return nil }
        var key = Array(host)
        let rest = text[hostEnd...]
        let queryStart = rest.firstIndex(of: 0x3F) ?? rest.endIndex
        // Path segments, without empty ones and without AMP's `amp` / `.amp` segments.
        var segmentStart = rest.startIndex
        while segmentStart < queryStart {
            let segmentEnd = rest[segmentStart..<queryStart].firstIndex(of: 0x2F) ?? queryStart
            let segment = rest[segmentStart..<segmentEnd]
            if !segment.isEmpty && !segment.elementsEqual("amp".utf8) && !segment.elementsEqual(".amp".utf8) {
                key.append(0x2F)
                key.append(contentsOf: segment)
            }
            segmentStart = segmentEnd + 1
        }
        // The last segment's AMP spellings: page.amp.html → page.html, page.amp → page.
        if key.count > host.count {
            if key.count > 9, key.suffix(9).elementsEqual(".amp.html".utf8) {
                key.removeSubrange((key.count - 9)..<(key.count - 5))
            } else if key.count > 4, key.suffix(4).elementsEqual(".amp".utf8) {
                key.removeLast(4)
            }
        }
        // Query parameters, less AMP and tracking ones.
        var separator: UInt8 = 0x3F
        var parameterStart = queryStart + 1
        while parameterStart < rest.endIndex {
            let parameterEnd = rest[parameterStart...].firstIndex(of: 0x26) ?? rest.endIndex
            let parameter = rest[parameterStart..<parameterEnd]
            let name = parameter.prefix { $0 != 0x3D }
            let dropped = name.elementsEqual("amp".utf8) || name.elementsEqual("outputtype".utf8) || name.starts(with: "utm_".utf8)
            if !parameter.isEmpty && !dropped {
                key.append(separator)
                key.append(contentsOf: parameter)
                separator = 0x26
            }
            parameterStart = parameterEnd + 1
        }
        return String(decoding: key, as: UTF8.self)
    }

    public static func title(_ raw: String) -> String? {
        var folded: [UInt8] = []
        folded.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace && !folded.isEmpty { folded.append(0x20) }
            pendingSpace = false
            folded.append(byte)
        }
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: append(UInt8(value))
                case 0x41...0x5A: append(UInt8(value) | 0x20)
                default: pendingSpace = true
                }
                continue
            }
            // Beyond ASCII: letters and digits of any script, lowercased; marks dropped.
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                let lower = properties.changesWhenLowercased ? properties.lowercaseMapping : String(scalar)
                for (offset, byte) in lower.utf8.enumerated() {
                    if offset == 0 { append(byte) } else { folded.append(byte) }
                }
            } else if properties.generalCategory != .nonspacingMark {
                pendingSpace = true
            }
        }
        return folded.isEmpty ? nil : String(decoding: folded, as: UTF8.self)
    }

    /// Index just past the first occurrence of `needle` in `haystack`.
    private static func end(of needle: StaticString, in haystack: ArraySlice<UInt8>) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard haystack.count >= count else { return nil }
        return needle.withUTF8Buffer { pattern -> Int? in
            var start = haystack.startIndex
            while start + count <= haystack.endIndex {
                if haystack[start] == pattern[0], pattern.indices.allSatisfy({ haystack[start + $0] == pattern[$0] }) {
                    return start + count
                }
                start += 1
            }
            return nil
        }
    }

    private static func trim(_ bytes: inout [UInt8]) {
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let leading = bytes.prefix { $0 == 0x20 || $0 == 0x09 }.count
        if leading > 0 { bytes.removeFirst(leading) }
    }
}
