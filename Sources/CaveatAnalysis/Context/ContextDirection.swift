/// Which side of its trigger a context cue governs, as in ConText.
public enum ContextDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// From the end of the trigger to the end of the sentence ("never **stop abruptly**").
    case forward
    /// From the start of the sentence to the trigger ("**stopping abruptly** is not recommended").
    case backward
    /// The whole sentence on both sides of the trigger ("**stopping** can cause **seizures**").
    case bidirectional
}
