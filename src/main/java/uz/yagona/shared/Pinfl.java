package uz.yagona.shared;

import java.time.LocalDate;

/** Provisional: replaced by the full value type on merge. */
public record Pinfl(String value) {
    public Pinfl {
        if (value == null || !value.matches("\\d{14}")) {
            throw new InvalidValueException("pinfl.format", "A PINFL has 14 digits");
        }
    }

    public LocalDate birthDate() {
        int c = value.charAt(0) - '0';
        int century = c <= 2 ? 1800 : c <= 4 ? 1900 : 2000;
        return LocalDate.of(century + Integer.parseInt(value.substring(5, 7)),
                Integer.parseInt(value.substring(3, 5)), Integer.parseInt(value.substring(1, 3)));
    }

    public Sex sex() {
        return (value.charAt(0) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }
}
