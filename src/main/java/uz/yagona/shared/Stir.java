package uz.yagona.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Taxpayer identification number — <i>STIR</i> (INN, TIN), 9 digits. The first digit tells the kind of
 * taxpayer: 2-3 a legal entity, 4-7 an individual. No check-digit algorithm for the STIR is published, so this
 * type checks none: a well-formed number may still be unknown to the tax registry, which only a registry
 * query can tell.
 */
public record Stir(@JsonValue String value) {

    /** Whom the number was issued to. */
    public enum Kind {
        LEGAL_ENTITY,
        INDIVIDUAL
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Stir {
        if (value == null || !value.matches("[0-9]{9}")) {
            throw new InvalidValueException("stir.format", "a STIR has exactly 9 digits");
        }
        kindOf(value.charAt(0));
    }

    /** Parses user input, ignoring surrounding blanks and the spaces people type between groups of digits. */
    public static Stir parse(String text) {
        return new Stir(text.replaceAll("\\s", ""));
    }

    public Kind kind() {
        return kindOf(value.charAt(0));
    }

    @Override
    public String toString() {
        return value;
    }

    private static Kind kindOf(char first) {
        return switch (first) {
            case '2', '3' -> Kind.LEGAL_ENTITY;
            case '4', '5', '6', '7' -> Kind.INDIVIDUAL;
            default -> throw new InvalidValueException("stir.range",
                    "first digit must be 2-3 (legal entity) or 4-7 (individual)", first);
        };
    }
}
