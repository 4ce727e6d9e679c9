/// How close two numbers must be to count as equal when a score or a value is compared with a threshold or a
/// goal: binary arithmetic leaves the last bits of noise (0.1 + 0.2 is 0.30000000000000004), and a value that
/// is the threshold by its formula must not fall on either side of it by that noise.
public enum NumericTolerance {
    public static let epsilon = 1e-9
}
