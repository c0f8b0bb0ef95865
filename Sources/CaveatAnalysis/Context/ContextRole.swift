/// What a phrase of the context lexicon does when it is found in a sentence.
enum ContextRole: Sendable, Hashable {
    /// A trigger of one category. `terminates` also ends the scope of every other cue (`unless`).
    case trigger(ContextCategory, ContextDirection, terminates: Bool)
    /// `never`, `don't`, `do not`: a prohibition when it opens a clause ("Never stop..."), otherwise a
    /// negation ("People who never stop...").
    case imperativeOrNegation
    /// Looks like a trigger but is not one ("not only", "no matter"); matched so that it is skipped.
    case pseudo
    /// Ends the scope of every cue that reaches it ("but", "however", ";").
    case terminate
}
