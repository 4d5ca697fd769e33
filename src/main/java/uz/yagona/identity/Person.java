package uz.yagona.identity;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** A natural person known to the national ID, with the name in both Uzbek scripts. */
public record Person(
        PersonId id,
        Pinfl pinfl,
        PersonName latin,
        PersonName cyrillic,
        LocalDate birthDate,
        Sex sex,
        @Nullable String phone,
        @Nullable String email) {

    /** The name in the script a reader of {@code locale} expects: Cyrillic for uz-Cyrl and ru, else Latin. */
    public PersonName nameFor(Locale locale) {
        boolean cyrillic = "Cyrl".equals(locale.getScript()) || "ru".equals(locale.getLanguage());
        return cyrillic ? this.cyrillic : latin;
    }
}
