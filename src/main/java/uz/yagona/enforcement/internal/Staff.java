package uz.yagona.enforcement.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.Party;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;

/** The people a case concerns, as the notifications module reaches them: its officer, its debtor, its creditor. */
@Component
class Staff {

    static final Locale UZBEK = Locale.forLanguageTag("uz");

    private final Agencies agencies;
    private final Officers officers;
    private final Persons persons;
    private final Notifications notifications;

    Staff(Agencies agencies, Officers officers, Persons persons, Notifications notifications) {
        this.agencies = agencies;
        this.officers = officers;
        this.persons = persons;
        this.notifications = notifications;
    }

    /** The person behind the officer appointment {@code officer} of the department {@code agency}. */
    Optional<PersonId> officer(String agency, @Nullable UUID officer) {
        if (officer == null) {
            return Optional.empty();
        }
        return agencies.findByCode(agency).stream()
                .flatMap(a -> officers.at(a.id(), Assignment.ROLE).stream())
                .filter(o -> o.id().equals(officer)).map(o -> o.person()).findFirst();
    }

    /** In the cabinet only: what an officer must act on. */
    void notifyOfficer(String agency, @Nullable UUID officer, String template, List<?> args) {
        officer(agency, officer).ifPresent(person -> notifications.notify(person, UZBEK, template, args,
                Set.of(Channel.IN_APP)));
    }

    /** A party that is a person with an ID account hears in the cabinet and by e-mail; an entity is not reached. */
    void notifyParty(Party party, String template, List<?> args) {
        if (!party.isPerson()) {
            return;
        }
        persons.findByPinfl(party.pinfl()).ifPresent(person -> notifications.notify(person.id(), UZBEK, template,
                args, Set.of(Channel.IN_APP, Channel.EMAIL)));
    }
}
