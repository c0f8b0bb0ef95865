// Text analysis: phrase matching, detectors, negation context, readability. (Filled in by the engine work.)
