/// The built-in detectors, by the names rules use.
public enum DetectorRegistry {
    private static let all: [any Detector] = [
        DoseDetector(), PhoneDetector(), EmailDetector(), URLDetector(), CallToActionDetector(),
    ]

    /// The detector named `name`, or `nil` when there is none.
    public static func detector(named name: String) -> (any Detector)? {
        all.first { $0.name == name }
    }

    /// Every detector name, in a stable order.
    public static var names: [String] { all.map(\.name) }
}
