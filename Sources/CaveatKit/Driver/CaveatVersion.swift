/// The version caveat reports about itself (`caveat --version`, SARIF `tool.driver.version`).
public enum CaveatVersion {
    public static let current = "0.1.0"
}
