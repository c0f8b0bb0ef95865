/// Promotional call-to-action cues (domain.md §6.2), by kind, in the `CuePhraseTable` pattern language.
///
/// Matched case-insensitively on whole tokens with curly and straight apostrophes alike. Public helplines
/// use some of the same words ("free, confidential, 24/7"); exempting them is the rule's job (allow-lists).
enum CallToActionLexicon {
    static let entries: [(kind: String, patterns: [String])] = [
        ("contact", [
            "call|phone|ring [us] now|today|anytime", "call|phone us", "give_us_a_call [now|today]",
            "contact|email|e-mail|text|message us [now|today]", "reach_out_to_us|reach_out_today",
            "chat with us|an_advisor|a_counselor", "call our helpline|hotline|team|office|center|centre",
            "request a callback|call-back|call_back", "fill_out|complete our|the contact|intake|admissions form",
        ]),
        ("admissions", [
            "speak|talk to|with a|an|our admissions|intake specialist|counselor|counsellor|coordinator|advisor|team",
            "our admissions|intake team|staff|office|specialists|counselors|department",
            "admissions team|specialist|specialists|counselor|counselors|coordinator|office|line",
        ]),
        ("insurance", [
            "verify [your] insurance [coverage|benefits]", "check|confirm your insurance [coverage|benefits]",
            "insurance verification", "free insurance check|verification",
            "we accept [most] [major] insurance|insurances|insurance_plans|insurance_providers",
            "accept [most] major insurance|insurances", "in-network|in_network with",
            "most insurance|insurances accepted",
        ]),
        ("assessment", [
            "free [and] confidential assessment|consultation|evaluation|consult|call|screening",
            "free assessment|consultation|evaluation|consult|screening",
            "book|schedule|make|request a|an|your appointment|consultation|assessment|evaluation|call|visit|tour",
            "book|schedule now|today",
        ]),
        ("availability", [
            "24/7 helpline|hotline|admissions|support|line|help|intake", "available 24/7",
            "available 24_hours a_day", "24_hours a_day, 7_days a_week", "answer your call",
        ]),
        ("urgency", [
            "get help now|today", "get started today|now", "start|begin your recovery [journey] today|now",
            "start|begin your journey [to_recovery] today|now", "take the first step today|now",
            "don't|do_not wait [any_longer]", "act now", "call before it's_too_late",
        ]),
        ("first-person", [
            "our center|centre|clinic|clinics|facility|facilities|program|programs|programme|team|staff|rehab",
            "our treatment center|centre|program|programs|facility|team|specialists|experts",
            "our detox center|centre|program|facility", "our addiction specialists|experts|treatment",
            "we offer|provide|specialize|specialise|can_help|accept", "we're|we_are here_to_help|here_for_you",
            "at our center|centre|clinic|facility|program|rehab|treatment_center|detox_center",
        ]),
    ]

    static let table: CuePhraseTable<String> = {
        CuePhraseTable(entries.flatMap { entry in entry.patterns.map { ($0, entry.kind) } })
    }()
}
