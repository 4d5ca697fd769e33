package uz.yagona.exchange;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;

/**
 * What the registries hold about a person that application forms ask for, in the platform's shared types only,
 * so that a form (the portal) needs no registry types: names in both scripts, birth date, registered address
 * (mahalla and street in both scripts: {@code mahalla}/{@code street} Latin, {@code mahallaCyrillic}/
 * {@code streetCyrillic} Cyrillic; house and apartment are the same in both), the valid passport. Absent parts
 * are null: the form then asks for them.
 */
public record PersonalData(Pinfl pinfl, String lastName, String firstName, String patronymic,
        String fullNameCyrillic, LocalDate birthDate, Sex sex, @Nullable Soato district, @Nullable String mahalla,
        @Nullable String street, @Nullable String mahallaCyrillic, @Nullable String streetCyrillic,
        @Nullable String house, @Nullable String apartment, @Nullable String passport,
        @Nullable LocalDate passportValidUntil) {

    public String fullNameLatin() {
        return String.join(" ", lastName, firstName, patronymic).strip();
    }

    public boolean hasAddress() {
        return district != null;
    }
}
