/// A unit of medicine the dose detector recognises.
struct DoseUnit: Sendable, Hashable {
    /// How the unit is written in `normalized` and the `unit` attribute (`mg`, `mcg`, `mL`, `tablet`).
    var canonical: String
    /// `mass`, `volume`, `activity` (IU, units, mmol, mEq) or `count` (tablets, drops, puffs...).
    var kind: String
}
