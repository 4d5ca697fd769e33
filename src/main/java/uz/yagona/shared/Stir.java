package uz.yagona.shared;

/** Provisional: replaced by the full value type on merge. */
public record Stir(String value) {
    public Stir {
        if (value == null || !value.matches("\\d{9}")) {
            throw new InvalidValueException("stir.format", "A STIR has 9 digits");
        }
    }
}
