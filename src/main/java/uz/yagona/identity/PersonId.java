package uz.yagona.identity;

import java.util.UUID;

/** Identifies a {@link Person}; other modules keep this, never the person's data. */
public record PersonId(UUID value) {

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }
}
