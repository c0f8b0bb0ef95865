/// The Windows-1252 code page, which browsers also use for pages labelled ISO-8859-1 or US-ASCII.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F; the rest of the page equals Latin-1. The five unassigned
    /// bytes map to the C1 controls, as the WHATWG Encoding Standard says.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The scalar a byte stands for.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> UInt32 {
        byte >= 0x80 && byte <= 0x9F ? high[Int(byte) - 0x80] : UInt32(byte)
    }

    /// Labels (lowercased) that mean this encoding.
    static let labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso-ir-100", "latin1",
        "latin-1", "l1", "ibm819", "cp819", "csisolatin1", "iso_8859-1:1987", "us-ascii", "ascii", "ansi_x3.4-1968",
    ]
}
