package uz.yagona.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officer;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;

/** Loads the user behind a PINFL with roles, agency scope and what second factor the login still needs. */
@Component
public class YagonaUsers implements UserDetailsService {

    private final AccountStore accounts;
    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final Clock clock;

    YagonaUsers(AccountStore accounts, Persons persons, Officers officers, Agencies agencies, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public YagonaUser loadUserByUsername(String pinfl) {
        var account = accounts.findByPinfl(pinfl.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        var personId = new PersonId(account.personId());
        var person = persons.find(personId).orElseThrow(() -> new UsernameNotFoundException("No person"));
        var appointments = officers.of(personId);

        var authorities = new ArrayList<String>();
        authorities.add("ROLE_USER");
        if (account.administrator()) {
            authorities.add("ROLE_ADMIN");
        }
        if (!appointments.isEmpty()) {
            authorities.add("ROLE_OFFICER");
        }
        for (Officer officer : appointments) {
            agencies.find(officer.agency()).ifPresent(agency -> authorities.add("AGENCY_" + agency.code()));
            officer.roles().forEach(role -> authorities.add("ROLE_" + role));
        }

        var secondFactor = account.totpEnabled() ? YagonaUser.SecondFactor.VERIFY
                : account.administrator() || !appointments.isEmpty() ? YagonaUser.SecondFactor.ENROL
                : YagonaUser.SecondFactor.NONE;
        Locale locale = LocaleContextHolder.getLocale();
        return new YagonaUser(account.id(), account.personId(), account.pinfl(), person.nameFor(locale).full(),
                account.passwordHash(), account.lockedAt(clock.instant()), secondFactor,
                authorities.stream().distinct().toList());
    }
}
