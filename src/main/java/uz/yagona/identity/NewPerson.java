package uz.yagona.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/**
 * What it takes to record a person. The birth date and sex must agree with what the PINFL encodes, as the
 * civil registry issues them together.
 */
public record NewPerson(
        Pinfl pinfl,
        PersonName latin,
        PersonName cyrillic,
        LocalDate birthDate,
        Sex sex,
        @Nullable String phone,
        @Nullable String email) {

    public NewPerson {
        if (!pinfl.birthDate().equals(birthDate)) {
            throw new InvalidValueException("person.birthDate.pinflMismatch", "Birth date differs from the PINFL's");
        }
        if (pinfl.sex() != sex) {
            throw new InvalidValueException("person.sex.pinflMismatch", "Sex differs from the PINFL's");
        }
    }
}
