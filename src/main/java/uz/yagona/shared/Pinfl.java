package uz.yagona.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Personal identification number of a natural person — <i>JShShIR</i> (PINFL), 14 digits:
 * {@code C DDMMYY AAA SSS K}. {@code C} encodes sex and century of birth, {@code DDMMYY} the birth date,
 * {@code AAA} the issuing area, {@code SSS} a serial number, {@code K} a check digit: the sum of the first 13
 * digits weighted 7, 3, 1, 7, 3, 1, ... modulo 10.
 *
 * <p>Century digits 3/4 (1900s) and 5/6 (2000s) are accepted, odd for men and even for women. Digits 1/2
 * (1800s) are rejected: nobody born before 1900 is alive to be issued a number, so such a value is a typo.
 *
 * <p>The number is an identifier, so {@link #toString()} returns it; use {@link #masked()} wherever a person
 * other than its holder may see it.
 */
public record Pinfl(@JsonValue String value) {

    static final ZoneId UZBEKISTAN = ZoneId.of("Asia/Tashkent");
    private static final int[] WEIGHTS = {7, 3, 1};

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Pinfl {
        if (value == null || !value.matches("[0-9]{14}")) {
            throw new InvalidValueException("pinfl.format", "a PINFL has exactly 14 digits");
        }
        var century = centuryOf(value.charAt(0));
        var birthDate = birthDateOf(value, century);
        if (birthDate.isAfter(LocalDate.now(UZBEKISTAN))) {
            throw new InvalidValueException("pinfl.birthDateInFuture", "birth date " + birthDate + " is in the future");
        }
        if (value.startsWith("000", 7)) {
            throw new InvalidValueException("pinfl.area", "area code 000 does not exist");
        }
        if (value.startsWith("000", 10)) {
            throw new InvalidValueException("pinfl.serial", "serial number 000 does not exist");
        }
        var expected = checkDigit(value.substring(0, 13));
        if (value.charAt(13) - '0' != expected) {
            throw new InvalidValueException("pinfl.checkDigit", "check digit should be " + expected);
        }
    }

    /** Parses user input, ignoring surrounding blanks and the spaces people type between groups of digits. */
    public static Pinfl parse(String text) {
        return new Pinfl(text.replaceAll("\\s", ""));
    }

    /** Builds the valid PINFL for the given facts, with its check digit; for registries and demo data. */
    public static Pinfl of(LocalDate birthDate, Sex sex, int area, int serial) {
        var year = birthDate.getYear();
        if (year < 1900 || year > 2099) {
            throw new InvalidValueException("pinfl.century", "only births in 1900-2099 can be encoded");
        }
        if (area < 1 || area > 999) {
            throw new InvalidValueException("pinfl.area", "area code must be 1-999");
        }
        if (serial < 1 || serial > 999) {
            throw new InvalidValueException("pinfl.serial", "serial number must be 1-999");
        }
        var century = (year < 2000 ? 3 : 5) + (sex == Sex.FEMALE ? 1 : 0);
        var first13 = "%d%02d%02d%02d%03d%03d".formatted(century, birthDate.getDayOfMonth(),
                birthDate.getMonthValue(), year % 100, area, serial);
        return new Pinfl(first13 + checkDigit(first13));
    }

    public LocalDate birthDate() {
        return birthDateOf(value, centuryOf(value.charAt(0)));
    }

    public Sex sex() {
        return (value.charAt(0) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Only the last four digits: the first seven give away sex and birth date. */
    public String masked() {
        return "*".repeat(10) + value.substring(10);
    }

    @Override
    public String toString() {
        return value;
    }

    private static int centuryOf(char digit) {
        return switch (digit) {
            case '3', '4' -> 1900;
            case '5', '6' -> 2000;
            default -> throw new InvalidValueException("pinfl.century",
                    "first digit must be 3-6 (sex and century of birth)", digit);
        };
    }

    private static LocalDate birthDateOf(String value, int century) {
        var day = Integer.parseInt(value.substring(1, 3));
        var month = Integer.parseInt(value.substring(3, 5));
        var year = century + Integer.parseInt(value.substring(5, 7));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException("pinfl.birthDate", "digits 2-7 are not a date (DDMMYY)",
                    value.substring(1, 7));
        }
    }

    private static int checkDigit(String first13) {
        var sum = 0;
        for (var i = 0; i < first13.length(); i++) {
            sum += (first13.charAt(i) - '0') * WEIGHTS[i % WEIGHTS.length];
        }
        return sum % 10;
    }
}
