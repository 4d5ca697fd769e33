package uz.yagona.identity;

import java.util.Set;
import java.util.UUID;

/** A person working for an agency, with the roles the agency gave them there. */
public record Officer(UUID id, PersonId person, AgencyId agency, String position, Set<String> roles) {

    public Officer {
        roles = Set.copyOf(roles);
    }
}
