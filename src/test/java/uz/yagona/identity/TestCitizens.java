package uz.yagona.identity;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uz.yagona.identity.internal.Totp;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.UzbekScript;

/**
 * Creates fresh people with accounts for a test, each with a PINFL and a TOTP secret no other test uses, so
 * that tests never share lockout counters or used TOTP steps.
 */
@Component
public class TestCitizens {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Persons persons;
    private final Accounts accounts;
    private final Officers officers;
    private final Agencies agencies;
    private final Totp totp;

    TestCitizens(Persons persons, Accounts accounts, Officers officers, Agencies agencies, Totp totp) {
        this.persons = persons;
        this.accounts = accounts;
        this.officers = officers;
        this.agencies = agencies;
        this.totp = totp;
    }

    /** A person's login for a test; {@code totpSecret} is null when TOTP is off. */
    public record Login(Pinfl pinfl, String password, String totpSecret) {
        public String pinflValue() {
            return pinfl.value();
        }
    }

    /** A PINFL that no demo person and no other test has (area 990 is not used by the demo population). */
    public static Pinfl freshPinfl(Sex sex) {
        // born on one of 9,000 days from 1980 (adults, never in the future), then the next serial number of the
        // area code 990, which the demo data never use: millions of distinct PINFLs for a bench
        int serial = SERIAL.incrementAndGet();
        return Pinfl.of(LocalDate.of(1980, 1, 1).plusDays(serial % 9_000), sex, 990, 1 + serial / 9_000 % 998);
    }

    /** A citizen with a password and no second factor. */
    public Pinfl withAccount() {
        return create(false, false).pinfl();
    }

    /** A citizen who turned TOTP on. */
    public Login withTotp() {
        return create(false, true);
    }

    /** An enforcement officer of the demo Yunusobod department, enrolled in TOTP. */
    public Login officer() {
        var login = create(false, true);
        var agency = agencies.findByCode("MBB.1726.1726266").orElseThrow();
        officers.appoint(persons.findByPinfl(login.pinfl()).orElseThrow().id(), agency.id(), "Davlat ijrochisi",
                Set.of("ENFORCEMENT_OFFICER"));
        return login;
    }

    /** A person appointed to the agency {@code code} and one of its posts, enrolled in TOTP. */
    public record Appointed(Login login, Officer officer) {
    }

    /**
     * A person appointed with {@code roles} to the agency {@code code}, which is created as a ministry when the
     * demo data lack it; enrolled in TOTP, as officers must be.
     */
    public Appointed appointedTo(String code, String... roles) {
        var agency = agencies.findByCode(code).map(Agency::id).orElseGet(() -> agencies.create(code, null,
                Agency.Level.MINISTRY, LocalizedText.transliterated(code, code, code), null));
        var login = create(false, true);
        var officer = officers.appoint(persons.findByPinfl(login.pinfl()).orElseThrow().id(), agency,
                "Bosh mutaxassis", Set.of(roles));
        return new Appointed(login, officer);
    }

    /** A platform administrator, enrolled in TOTP. */
    public Login administrator() {
        return create(true, true);
    }

    private Login create(boolean administrator, boolean withTotp) {
        var pinfl = freshPinfl(Sex.FEMALE);
        var id = persons.register(new NewPerson(pinfl, new PersonName("Testova", "Nigora", "Aziz qizi"),
                new PersonName(UzbekScript.toCyrillic("Testova"), UzbekScript.toCyrillic("Nigora"),
                        UzbekScript.toCyrillic("Aziz qizi")),
                pinfl.birthDate(), Sex.FEMALE, null, null));
        accounts.open(id, PASSWORD, administrator);
        if (!withTotp) {
            return new Login(pinfl, PASSWORD, null);
        }
        var secret = totp.newSecret();
        accounts.enableTotp(id, secret);
        return new Login(pinfl, PASSWORD, secret);
    }
}
