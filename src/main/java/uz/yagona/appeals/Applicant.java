package uz.yagona.appeals;

import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.Pinfl;

/**
 * Who files or joins an appeal: a person signed in with the national ID ({@code id} and {@code pinfl} set), or,
 * through Open311, a named person with an e-mail or phone to answer to, whom the platform does not know. Either
 * way not anonymous: the law leaves appeals without a name and an address unconsidered (ZRU-445 art. 29).
 */
public record Applicant(@Nullable PersonId id, @Nullable Pinfl pinfl, String name, @Nullable String email,
        @Nullable String phone) {

    public static Applicant person(PersonId id, Pinfl pinfl, String name) {
        return new Applicant(id, pinfl, name, null, null);
    }

    public static Applicant contact(String name, @Nullable String email, @Nullable String phone) {
        return new Applicant(null, null, name, email, phone);
    }

    public boolean signedIn() {
        return id != null;
    }
}
