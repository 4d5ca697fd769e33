package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;

/**
 * A person in the population registry, by PINFL, with the name in both Uzbek scripts. Birth date and sex are
 * those the PINFL encodes. A dead person stays in the registry with the date of death.
 */
public record Resident(Pinfl pinfl, FullName latin, FullName cyrillic, LocalDate birthDate, Sex sex,
        Soato birthPlace, @Nullable LocalDate diedOn) {

    public Resident {
        Objects.requireNonNull(pinfl, "pinfl");
        Objects.requireNonNull(latin, "latin");
        Objects.requireNonNull(cyrillic, "cyrillic");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthPlace, "birthPlace");
        if (!birthDate.equals(pinfl.birthDate()) || sex != pinfl.sex()) {
            throw new InvalidValueException("population.pinfl-mismatch",
                    "birth date and sex must be those the PINFL encodes", pinfl.masked());
        }
        if (diedOn != null && diedOn.isBefore(birthDate)) {
            throw new InvalidValueException("population.died-before-birth", "died before being born", pinfl.masked());
        }
    }

    public boolean isAlive() {
        return diedOn == null;
    }
}
