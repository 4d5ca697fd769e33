package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Person;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * Who the signed-in person is to the bureau: an officer of some departments, a head of department (role
 * {@code SUPERVISOR}) seeing the departments under the agency they head, or the debtor of a case (in person, or as
 * a representative of the debtor entity). Pages ask it before they show anything.
 */
@Component
class Bureau {

    static final String BUREAU = "MBB";
    static final String OFFICER = "ENFORCEMENT_OFFICER";
    static final String HEAD = "SUPERVISOR";

    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final LegalEntities entities;
    private final EnforcementCases cases;

    Bureau(Persons persons, Officers officers, Agencies agencies, LegalEntities entities, EnforcementCases cases) {
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
        this.entities = entities;
        this.cases = cases;
    }

    /** An officer at work: the departments they are appointed to and their appointments' ids. */
    record Desk(Person person, List<String> departments, Set<UUID> appointments) {

        boolean holds(EnforcementCase c) {
            return departments.contains(c.agency());
        }
    }

    Person person(@Nullable Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return persons.findByPinfl(new Pinfl(principal.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** The officer's desk; 403 for anyone who is no enforcement officer of the bureau. */
    Desk desk(@Nullable Principal principal) {
        var person = person(principal);
        var appointments = officers.of(person.id()).stream().filter(o -> o.roles().contains(OFFICER))
                .flatMap(o -> agencies.find(o.agency()).map(a -> new Appointment(o.id(), a.code())).stream())
                .filter(a -> inBureau(a.agency())).toList();
        if (appointments.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "enforcement.office.forbidden");
        }
        return new Desk(person, appointments.stream().map(Appointment::agency).distinct().sorted().toList(),
                appointments.stream().map(Appointment::id).collect(Collectors.toUnmodifiableSet()));
    }

    private record Appointment(UUID id, String agency) {
    }

    /** The agencies whose departments a head of the bureau sees; empty for anyone else. */
    List<String> headScopes(Person person) {
        return officers.of(person.id()).stream().filter(o -> o.roles().contains(HEAD))
                .map(o -> agencies.find(o.agency()).map(a -> a.code())).flatMap(Optional::stream)
                .filter(Bureau::inBureau).distinct().sorted().toList();
    }

    /** A case the officer's departments hold; 404 for any other number, so numbers cannot be probed. */
    EnforcementCase caseAt(Desk desk, String number) {
        return find(number).filter(desk::holds).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A case whose debtor is the person or an entity they represent; 404 otherwise. */
    EnforcementCase caseOfDebtor(Person person, String number) {
        return find(number).filter(c -> debtor(person, c))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    boolean debtor(Person person, EnforcementCase c) {
        if (c.debtor().isPerson()) {
            return c.debtor().pinfl().equals(person.pinfl());
        }
        return entities.representedBy(person.id()).stream()
                .anyMatch(r -> r.entity().stir().equals(c.debtor().stir()));
    }

    private Optional<EnforcementCase> find(String number) {
        try {
            return cases.find(number);
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    static boolean inBureau(String code) {
        return code.equals(BUREAU) || code.startsWith(BUREAU + ".");
    }
}
