/// Maps offsets in decoded UTF-8 text back to byte offsets in the original file.
///
/// Stored sparsely as anchors where decoded and original offsets diverge, so a UTF-8 file costs
/// nothing and a Latin-1 file costs one anchor per non-ASCII byte.
public struct OffsetTranslation: Sendable {
    /// Parallel arrays, sorted by `decoded`: from `decoded[i]` on, `original = original[i] + (d - decoded[i])`,
    /// except inside a multi-byte expansion, where every decoded byte maps to the start of its original unit.
    private var decoded: [Int] = []
    private var original: [Int] = []
    private var expansionEnd: [Int] = []

    public init() {}

    /// Records that decoded bytes `decodedStart..<decodedStart+decodedLength` came from original bytes
    /// starting at `originalStart`, `originalLength` bytes long. Calls must come in increasing order.
    public mutating func record(decodedStart: Int, decodedLength: Int, originalStart: Int, originalLength: Int) {
        decoded.append(decodedStart)
        original.append(originalStart)
        expansionEnd.append(decodedStart + decodedLength)
        // After the unit, offsets run in step again.
        decoded.append(decodedStart + decodedLength)
        original.append(originalStart + originalLength)
        expansionEnd.append(decodedStart + decodedLength)
    }

    /// The original byte offset of a decoded offset.
    public func original(_ offset: Int) -> Int {
        var low = 0
        var high = decoded.count - 1
        guard high >= 0, offset >= decoded[0] else { return offset }
        while low < high {
            let mid = (low + high + 1) / 2
            if decoded[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        if offset < expansionEnd[low], decoded[low] != expansionEnd[low] {
            return original[low]
        }
        return original[low] + (offset - decoded[low])
    }
}
