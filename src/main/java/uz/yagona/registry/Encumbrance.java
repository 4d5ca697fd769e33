package uz.yagona.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A restriction on a property recorded in the cadastre (<i>taqiq</i>): an arrest by an enforcement officer or a
 * court, or a mortgage, with the document it rests on. A lifted encumbrance stays on record with its lift time.
 */
public record Encumbrance(UUID id, Encumbrance.Kind kind, Basis basis, Instant imposedAt,
        @Nullable Instant liftedAt) {

    /** What restricts the property. */
    public enum Kind {
        ARREST,
        MORTGAGE
    }

    public Encumbrance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(imposedAt, "imposedAt");
    }

    public boolean isActive() {
        return liftedAt == null;
    }
}
