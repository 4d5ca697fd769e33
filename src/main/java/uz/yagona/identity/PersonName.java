package uz.yagona.identity;

import org.jspecify.annotations.Nullable;

/** A person's name in one script: family name, given name and the patronymic (otasining ismi), if any. */
public record PersonName(String last, String first, @Nullable String patronymic) {

    public PersonName {
        last = last.strip();
        first = first.strip();
        patronymic = patronymic == null || patronymic.isBlank() ? null : patronymic.strip();
    }

    /** "Last First Patronymic", the order of Uzbek official documents. */
    public String full() {
        return patronymic == null ? last + " " + first : last + " " + first + " " + patronymic;
    }
}
