@testable import CorpusStore
import Testing

/// The eight-bytes-at-a-time check agrees with a plain byte loop on every kind of byte.
struct JSONBytesTests {
    private func plainByteByByte(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
    }

    @Test func agreesWithAByteLoop() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let special: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        for _ in 0..<20_000 {
            let length = Int(next() % 40)
            var bytes = (0..<length).map { _ in UInt8(0x20 + next() % 95) }
            if length > 0, next() % 2 == 0 { bytes[Int(next() % UInt64(length))] = special[Int(next() % UInt64(special.count))] }
            let fast = bytes.withUnsafeBufferPointer(JSONBytes.isPlainWithoutQuotes)
            #expect(fast == plainByteByByte(bytes), "\(bytes)")
        }
    }
}
