package uz.yagona.identity;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.UzbekScript;

/** Creates fresh citizens with accounts for a test, each with a PINFL no other test uses. */
@Component
public class TestCitizens {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Persons persons;
    private final Accounts accounts;

    TestCitizens(Persons persons, Accounts accounts) {
        this.persons = persons;
        this.accounts = accounts;
    }

    /** A PINFL that no demo person and no other test has (area 990 is not used by the demo population). */
    public static Pinfl freshPinfl(Sex sex) {
        return Pinfl.of(LocalDate.of(1980, 1, 1).plusDays(SERIAL.incrementAndGet()), sex, 990, 1 + SERIAL.get() % 998);
    }

    public Pinfl withAccount() {
        var pinfl = freshPinfl(Sex.FEMALE);
        var id = persons.register(new NewPerson(pinfl, new PersonName("Testova", "Nigora", "Aziz qizi"),
                new PersonName(UzbekScript.toCyrillic("Testova"), UzbekScript.toCyrillic("Nigora"),
                        UzbekScript.toCyrillic("Aziz qizi")),
                pinfl.birthDate(), Sex.FEMALE, null, null));
        accounts.open(id, PASSWORD, false);
        return pinfl;
    }
}
