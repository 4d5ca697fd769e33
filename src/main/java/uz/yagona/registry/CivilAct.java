package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Soato;

/**
 * A civil-status act (<i>FHDYo dalolatnomasi</i>) registered by a registry office: the subject is the person the
 * act is about (the child for a birth), {@code other} the second party where there is one (the spouse in a
 * marriage or divorce).
 */
public record CivilAct(UUID id, CivilAct.Kind kind, String number, LocalDate registeredOn, Soato office,
        Pinfl subject, @Nullable Pinfl other, @Nullable String note) {

    /** What the act records. */
    public enum Kind {
        BIRTH,
        MARRIAGE,
        DIVORCE,
        DEATH,
        NAME_CHANGE
    }

    public CivilAct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(subject, "subject");
        if (number == null || number.isBlank()) {
            throw new InvalidValueException("population.act.number", "an act has a registration number");
        }
        if (subject.equals(other)) {
            throw new InvalidValueException("population.act.parties", "the two parties are the same person");
        }
    }
}
