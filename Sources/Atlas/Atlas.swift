/// Kharita's version, written into every manifest.
public enum Atlas {
    public static let version = "0.1.0"
}
