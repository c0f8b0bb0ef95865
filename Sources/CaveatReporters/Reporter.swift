// Reporters. (Filled in by the reports work.)
