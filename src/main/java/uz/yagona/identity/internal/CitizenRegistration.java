package uz.yagona.identity.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Persons;
import uz.yagona.shared.UzbekScript;

/** A citizen registers: the person is recorded (if the registry did not know them yet) and gets an account. */
@Service
public class CitizenRegistration {

    private final Persons persons;
    private final Accounts accounts;

    CitizenRegistration(Persons persons, Accounts accounts) {
        this.persons = persons;
        this.accounts = accounts;
    }

    /** A name in both Uzbek scripts. */
    public record NameForms(PersonName latin, PersonName cyrillic) {
    }

    /** Both script forms of a name typed in either script. */
    public static NameForms bothScripts(PersonName typed) {
        boolean cyrillic = typed.full().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        return cyrillic ? new NameForms(convert(typed, true), typed) : new NameForms(typed, convert(typed, false));
    }

    @Transactional
    public PersonId register(NewPerson person, String password) {
        accounts.checkPassword(password);
        var id = persons.findByPinfl(person.pinfl()).map(existing -> existing.id())
                .orElseGet(() -> persons.register(person));
        accounts.open(id, password, false);
        return id;
    }

    private static PersonName convert(PersonName name, boolean toLatin) {
        java.util.function.UnaryOperator<String> f = toLatin ? UzbekScript::toLatin : UzbekScript::toCyrillic;
        return new PersonName(f.apply(name.last()), f.apply(name.first()),
                name.patronymic() == null ? null : f.apply(name.patronymic()));
    }
}
