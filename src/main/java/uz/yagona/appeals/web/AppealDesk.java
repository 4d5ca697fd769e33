package uz.yagona.appeals.web;

import java.security.Principal;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/**
 * The signed-in official as the appeals pages see them: the bodies they are appointed to and the roles of those
 * appointments, read afresh on each request, the same as the {@code agencies} and {@code roles} claims of a token.
 */
@Component
class AppealDesk {

    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;

    AppealDesk(Persons persons, Officers officers, Agencies agencies) {
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
    }

    /** The official; a citizen without appointments is one with no bodies and no roles, whom every step refuses. */
    Processing.Official official(@Nullable Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        var person = persons.findByPinfl(new Pinfl(principal.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var bodies = new HashSet<String>();
        var roles = new HashSet<String>();
        for (var appointment : officers.of(person.id())) {
            agencies.find(appointment.agency()).ifPresent(agency -> bodies.add(agency.code()));
            roles.addAll(appointment.roles());
        }
        return new Processing.Official(person.id(), person.pinfl(), person.latin().full(), bodies, roles);
    }
}
