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

    public static Pinfl of(LocalDate birthDate, Sex sex, int area, int serial) {
        int century = (birthDate.getYear() / 100 - 18) * 2 + (sex == Sex.MALE ? 1 : 2);
        var head = String.format("%d%02d%02d%02d%03d%03d", century, birthDate.getDayOfMonth(),
                birthDate.getMonthValue(), birthDate.getYear() % 100, area, serial);
        int[] w = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (head.charAt(i) - '0') * w[i % 3];
        }
        return new Pinfl(head + (sum % 10));
    }

    public Sex sex() {
        return (value.charAt(0) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }
}
