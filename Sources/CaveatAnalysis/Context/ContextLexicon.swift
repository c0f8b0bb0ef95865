/// The built-in English context triggers, one list per category, in the `CuePhraseTable` pattern language.
///
/// Matching is case-insensitive, on whole tokens, leftmost-longest ("no one should" beats "no"), with curly
/// and straight apostrophes alike. Documented in docs/detectors-and-context.md; keep the two in step.
enum ContextLexicon {
    /// `never`, `don't`, `do not`: prohibition at the start of a clause, negation elsewhere.
    static let imperativeOrNegation = ["never", "don't|dont|do_not", "do_not_ever|don't_ever"]

    /// Forward negation.
    static let negation = [
        "no", "not", "without", "none", "nothing", "nobody", "no_one", "neither", "nor", "not_yet",
        "does_not|doesn't|did_not|didn't", "will_not|won't|would_not|wouldn't",
        "is_not|isn't|are_not|aren't|was_not|wasn't|were_not|weren't",
        "cannot|can_not|can't|could_not|couldn't|may_not|might_not",
        "has_not|hasn't|have_not|haven't|had_not|hadn't|need_not",
        "free_of|absence_of|denies|denied",
    ]

    /// Forward negation of a whole claim; not ended by a risk verb (see `ContextRole.clausalNegation`).
    static let clausalNegation = [
        "there_is|there's|there_was no|little|limited evidence|proof [that]", "no|little|limited evidence|proof that",
        "it_is|it's not_true|a_myth|false that", "it_is_a_myth|it's_a_myth|the_myth|myth that",
        "there_is|there's no reason to_believe|to_think [that]",
        "no_studies|no_study|no_research show|shows|suggest|suggests",
    ]

    /// Forward prohibition (always, wherever they stand).
    static let prohibitionForward = [
        "should_not|shouldn't|should_never|must_not|mustn't|must_never|ought_not_to",
        "you_should_not|you_shouldn't|you_should_never|you_must_not|you_must_never",
        "please_do_not|please_don't|please_never|never_ever|under_no_circumstances",
        "avoid", "refrain_from", "stay_away_from", "resist_the_urge_to",
        "no_one|nobody should|must", "it_is_not|it's_not|it_isn't safe|wise|advisable to",
        "it_is_never|it's_never safe|wise to",
        "is|are|be not|never a_good_idea|the_best_idea|a_wise_idea|wise|advisable|safe|recommended to",
        "isn't|aren't a_good_idea|the_best_idea|a_wise_idea|wise|advisable|safe|recommended to",
        "may|might|would not be a_good_idea|the_best_idea|wise|advisable|safe|recommended to",
    ]

    /// Backward prohibition: the judgement follows the action ("Stopping abruptly is not recommended").
    static let prohibitionBackward = [
        "is|are not|never recommended|advised|advisable|safe", "isn't|aren't recommended|advised|advisable|safe",
        "is|are [strongly] discouraged", "should|must be avoided", "is|are not|never a_good_idea",
        "isn't|aren't a_good_idea",
    ]

    /// Forward permission.
    static let permissionForward = [
        "you_can|you_could", "you_can_safely|you_can_simply|you_can_just",
        "it_is|it's [perfectly|completely] safe|fine|okay|ok|alright|all_right to", "is [perfectly] safe to",
        "feel_free_to", "go_ahead_and", "you_are_free_to|you're_free_to",
        "there_is|there's no_need to", "no_need_to", "you_don't|you_do_not need_to|have_to",
        "there's|there_is nothing_wrong_with",
    ]

    /// `just` and `simply` give permission only when they open a clause ("Just stop taking it"); elsewhere
    /// ("these are just some of the symptoms") they are ignored.
    static let imperativePermission = ["just|simply"]

    /// Backward permission ("Skipping a dose is fine").
    static let permissionBackward = [
        "is|are [perfectly|completely] safe|fine|okay|ok|harmless",
    ]

    /// Forward hypotheticals; `unless` also ends other cues (it turns the sentence around).
    static let hypothetical = [
        "if", "even_if", "only_if", "when", "whenever", "in_case", "just_in_case", "should_you", "in_the_event",
        "in_the_event_that", "as_needed", "suppose|supposing|assuming", "provided_that", "what_if",
    ]
    static let hypotheticalTerminating = ["unless"]

    /// Bidirectional supervision.
    static let supervision = [
        "doctor|doctors|physician|physicians|pharmacist|pharmacists|prescriber|prescribers",
        "clinician|clinicians|psychiatrist|psychiatrists|gp|nurse_practitioner",
        "healthcare|health_care|health-care provider|providers|professional|professionals|team",
        "medical provider|providers|professional|professionals|team|supervision|guidance|advice",
        "care_team|prescribing_doctor|addiction_specialist|addiction_specialists",
        "medically supervised|managed|monitored", "medically-supervised|medically-managed|medically-monitored",
        "under_supervision", "under_the supervision|guidance|care of", "under [close] medical supervision",
        "talk|talking|speak|speaking|check|checking to|with your|a doctor|physician|pharmacist|prescriber",
        "consult|consulting|consult_with|consulting_with your|a doctor|physician|pharmacist|prescriber",
        "ask|asking your doctor|physician|pharmacist|prescriber", "medically assisted|assisted",
        "medically-assisted", "medical detox|detoxification",
        "as prescribed|directed", "prescribed_by",
    ]

    /// Bidirectional risk stated with a verb; these also end a negation before them, so that in
    /// "the absence of the drug can cause seizures" or "not tapering can cause seizures" the harm is affirmed.
    static let riskVerbs = [
        "can|may|could|might|will cause|trigger|provoke", "can|may|could|might lead_to|result_in",
        "can|may|could be fatal|deadly|dangerous|life-threatening",
    ]

    /// Bidirectional risk.
    static let risk = [
        "potentially fatal|deadly|dangerous",
        "life-threatening|life_threatening", "risk|risks of", "at_risk", "increased|higher risk",
        "dangerous|danger|dangers|deadly|fatal|death|deaths|risky|harmful",
        "seizure|seizures|convulsion|convulsions|delirium|overdose|overdoses|respiratory_depression",
    ]

    /// Bidirectional reports of evidence.
    static let report = [
        "studies|research|evidence|data|trials|surveys show|shows|suggest|suggests|found|indicate|indicates",
        "studies|research have|has shown|found|suggested", "a|one|another study|review|trial|survey found|showed",
        "a|one|another study|review|trial|survey published", "a_meta-analysis", "according_to",
        "researchers|scientists|experts", "clinical_trials",
    ]

    /// Scope terminators.
    static let termination = [
        "but", "however", "although", "though", "even_though", "yet", "except", "except_for", "aside_from",
        "apart_from", "whereas", "nevertheless", "nonetheless", "because", "instead", ";",
    ]

    /// Phrases that contain a trigger but are not one.
    static let pseudo = [
        "not_only|not_just|not_simply|not_necessarily|no_matter|no_doubt|no_wonder|no_longer",
        "is|are|was|were not only|just|simply|necessarily", "isn't|aren't|wasn't|weren't only|just|simply|necessarily",
        "not_to_mention", "never_too_late|never_mind", "without_a_doubt|without_doubt|without_delay",
        "can't|cannot|can_not stress [this|it] enough", "don't|do_not hesitate",
        "whether_or_not", "to_avoid|in_order_to_avoid|help_avoid|helps_avoid|helping_avoid",
        "just_as|just_like|just_about|only_just|just_a_few|just_one|just_because", "simply_put",
        "when_it_comes_to", "if_any|as_if|if_so", "no_change|no_increase|nothing_but",
    ]

    /// Every phrase with its role, in one table.
    static let table: CuePhraseTable<ContextRole> = {
        var entries: [(String, ContextRole)] = []
        func add(_ patterns: [String], _ role: ContextRole) { entries += patterns.map { ($0, role) } }
        add(imperativeOrNegation, .imperativeOrNegation)
        add(imperativePermission, .imperativePermission)
        add(negation, .trigger(.negation, .forward))
        add(clausalNegation, .clausalNegation)
        add(prohibitionForward, .trigger(.prohibition, .forward))
        add(prohibitionBackward, .trigger(.prohibition, .backward))
        add(permissionForward, .trigger(.permission, .forward))
        add(permissionBackward, .trigger(.permission, .backward))
        add(hypothetical, .trigger(.hypothetical, .forward))
        add(hypotheticalTerminating, .trigger(.hypothetical, .forward, ends: Set(ContextCategory.allCases)))
        add(supervision, .trigger(.supervision, .bidirectional))
        add(riskVerbs, .trigger(.risk, .bidirectional, ends: [.negation]))
        add(risk, .trigger(.risk, .bidirectional))
        add(report, .trigger(.report, .bidirectional))
        add(termination, .terminate)
        add(pseudo, .pseudo)
        return CuePhraseTable(entries)
    }()

    /// Words after which `never`/`don't`/`do not` still open a clause ("and never stop", "so don't").
    static let clauseOpeners: Set<UInt64> = Set(
        ["and", "or", "so", "then", "please", "but", "therefore", "thus", "also", "just", "simply", "really",
         "seriously", "again", "hence", "still", "instead"].map(CueScanner.key(of:)))
}
