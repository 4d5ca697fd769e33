package uz.yagona.notifications;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;

/**
 * Who a notice goes to, in which language, and where: a channel whose address is missing is skipped.
 *
 * @param person the person, for in-app notices
 * @param language the language the notice is written in (uz-Latn, uz-Cyrl, ru or en)
 */
public record Recipient(PersonId person, Locale language, @Nullable String email, @Nullable String phone) {

    public Recipient {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(language, "language");
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
