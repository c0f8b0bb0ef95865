/// Units, frequencies and countable drug names used by `DoseDetector`, in the `CuePhraseTable` language.
enum DoseLexicon {
    static let units: [(String, DoseUnit)] = [
        ("mg|mgs|milligram|milligrams|milligramme|milligrammes", DoseUnit(canonical: "mg", kind: "mass")),
        ("mcg|µg|μg|ug|microgram|micrograms|microgramme|microgrammes", DoseUnit(canonical: "mcg", kind: "mass")),
        ("g|gm|gram|grams|gramme|grammes", DoseUnit(canonical: "g", kind: "mass")),
        ("ng|nanogram|nanograms", DoseUnit(canonical: "ng", kind: "mass")),
        ("ml|mls|millilitre|millilitres|milliliter|milliliters|cc", DoseUnit(canonical: "mL", kind: "volume")),
        ("litre|litres|liter|liters", DoseUnit(canonical: "L", kind: "volume")),
        ("tsp|teaspoon|teaspoons|teaspoonful|teaspoonfuls", DoseUnit(canonical: "tsp", kind: "volume")),
        ("tbsp|tablespoon|tablespoons|tablespoonful", DoseUnit(canonical: "tbsp", kind: "volume")),
        ("iu|international_units|international_unit", DoseUnit(canonical: "IU", kind: "activity")),
        ("unit|units", DoseUnit(canonical: "units", kind: "activity")),
        ("mmol|millimole|millimoles", DoseUnit(canonical: "mmol", kind: "activity")),
        ("meq|milliequivalent|milliequivalents", DoseUnit(canonical: "mEq", kind: "activity")),
        ("tablet|tablets|tab|tabs", DoseUnit(canonical: "tablet", kind: "count")),
        ("capsule|capsules|cap|caps", DoseUnit(canonical: "capsule", kind: "count")),
        ("pill|pills", DoseUnit(canonical: "pill", kind: "count")),
        ("drop|drops", DoseUnit(canonical: "drop", kind: "count")),
        ("puff|puffs", DoseUnit(canonical: "puff", kind: "count")),
        ("spray|sprays", DoseUnit(canonical: "spray", kind: "count")),
        ("patch|patches", DoseUnit(canonical: "patch", kind: "count")),
        ("lozenge|lozenges", DoseUnit(canonical: "lozenge", kind: "count")),
        ("suppository|suppositories", DoseUnit(canonical: "suppository", kind: "count")),
        ("sachet|sachets", DoseUnit(canonical: "sachet", kind: "count")),
        ("dose|doses", DoseUnit(canonical: "dose", kind: "count")),
        ("injection|injections|shot|shots", DoseUnit(canonical: "injection", kind: "count")),
    ]

    static let unitTable = CuePhraseTable(units)

    /// Single-token unit keys, for detectors that must not mistake "250 500 1000 mg" for something else.
    static let unitKeys: Set<UInt64> = Set(unitTable.phrases.filter { $0.keys.count == 1 }.map { $0.keys[0] })

    static func isUnit(_ key: UInt64) -> Bool { unitKeys.contains(key) }

    /// Suffixes after a unit: "/kg", "per day".
    static let perTable = CuePhraseTable<String>([
        ("/|per kg", "/kg"), ("/|per day|d", "/day"), ("/|per dose", "/dose"), ("/|per hour|hr|h", "/h"),
        ("/|per ml", "/mL"), ("/|per week", "/week"),
    ])

    /// Frequencies, with a template for `frequency` (`$1`, `$2` are the numbers matched by `#`).
    static let frequencyTable = CuePhraseTable<String>([
        ("once|once_a|once_per|once_each|once_every day|daily", "1/day"), ("once", "once"),
        ("twice [a|per|each|every] day|daily", "2/day"), ("thrice [a|per|each] day|daily", "3/day"),
        ("# times|x|× [a|per|each|every] day|daily", "$1/day"),
        ("# -|–|to|or # times|x|× [a|per|each|every] day|daily", "$1-$2/day"),
        ("once|once_a|once_per|once_every week|weekly", "1/week"), ("twice [a|per] week|weekly", "2/week"),
        ("# times|x|× [a|per|each|every] week|weekly", "$1/week"),
        ("daily|a_day|per_day|each_day|every_day|a_day_every_day", "1/day"),
        ("every|each morning|evening", "1/day"), ("weekly|a_week|per_week|each_week", "1/week"),
        ("at bedtime|night", "bedtime"), ("before bed|bedtime|sleep", "bedtime"), ("nightly|every_night", "bedtime"),
        ("every|q # hours|hour|hrs|hr|h", "every $1 h"), ("every|q # -|–|to # hours|hour|hrs|hr|h", "every $1-$2 h"),
        ("every # days", "every $1 days"), ("every other day", "every 2 days"),
        ("qd|od|q.d.|o.d.", "1/day"), ("bid|b.i.d.|b.i.d|bd|b.d.", "2/day"), ("tid|t.i.d.|t.i.d|tds|t.d.s.", "3/day"),
        ("qid|q.i.d.|q.i.d|qds|q.d.s.", "4/day"), ("qhs|q.h.s.|hs|h.s.", "bedtime"),
        ("prn|p.r.n.|as_needed|as_required|when_needed|if_needed", "as needed"),
    ])

    /// Words between a dose and its frequency that do not end the dose ("5 mg by mouth twice daily").
    static let routeTable = CuePhraseTable<String>([
        ("by_mouth|orally|po|p.o.|sublingually|under_the_tongue|intravenously|iv|i.v.|im|i.m.|rectally", "route"),
        ("[,] [taken|given|used]", "filler"),
    ])

    /// Amount phrases that are not digits ("a couple of", "half a").
    static let amountTable = CuePhraseTable<String>([
        ("a couple [of]", "2"), ("a_few|a_few_of", "a few"), ("half a|an", "0.5"), ("a half", "0.5"),
        ("one and a half", "1.5"), ("one-and-a-half", "1.5"), ("#", "$1"),
    ])

    /// Brand names that are counted like tablets ("two Xanax", "a couple of Valium").
    static let countableDrugs: Set<UInt64> = Set([
        "valium", "xanax", "klonopin", "ativan", "librium", "restoril", "halcion", "ambien", "lunesta", "sonata",
        "tylenol", "advil", "motrin", "aleve", "aspirin", "benadryl", "percocet", "vicodin", "norco", "oxycontin",
        "adderall", "ritalin", "suboxone", "subutex", "neurontin", "lyrica", "soma", "xanaxes", "valiums", "bars",
        "benzos", "oxys", "percs", "vics", "zannies",
    ].map(CueScanner.key(of:)))

    /// Generic-name endings that mark a countable drug ("three alprazolam", "two oxycodone").
    static let drugSuffixes: [String] = [
        "azepam", "azolam", "zepam", "zolam", "codone", "morphone", "phine", "profen", "barbital", "adol",
        "pentin", "gabalin", "oxetine", "azodone", "tyline", "pramine", "piclone", "zolpidem",
    ]
}
