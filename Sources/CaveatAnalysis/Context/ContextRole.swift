/// What a phrase of the context lexicon does when it is found in a sentence.
enum ContextRole: Sendable, Hashable {
    /// A trigger of one category. Besides cues of its own category, it ends the scopes of the categories in
    /// `ends` (like medspaCy's `terminated_by`): `unless` ends every scope, "can cause" ends a negation
    /// ("not tapering | can cause seizures").
    case trigger(ContextCategory, ContextDirection, ends: Set<ContextCategory> = [])
    /// `never`, `don't`, `do not`: a prohibition when it opens a clause ("Never stop..."), otherwise a
    /// negation ("People who never stop...").
    case imperativeOrNegation
    /// `just`, `simply`: a permission when it opens a clause ("Just stop"), otherwise nothing.
    case imperativePermission
    /// A negation of a whole claim ("there is no evidence that", "it's a myth that"): forward, and not ended by
    /// a risk verb, so that in "no evidence that stopping can cause seizures" the seizures stay negated.
    case clausalNegation
    /// Looks like a trigger but is not one ("not only", "no matter"); matched so that it is skipped.
    case pseudo
    /// Ends the scope of every cue that reaches it ("but", "however", ";").
    case terminate
}
