package uz.yagona.identity;

import java.util.UUID;

/** Identifies an {@link Agency}. */
public record AgencyId(UUID value) {

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }
}
