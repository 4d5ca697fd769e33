package uz.yagona.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uz.yagona.identity.TestCitizens;
import uz.yagona.registry.Bank;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Banks;
import uz.yagona.registry.FullName;
import uz.yagona.registry.Owner;
import uz.yagona.registry.Passport;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.registry.Resident;
import uz.yagona.registry.Share;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;

/**
 * Puts people into the registries for a test through the registry's own loader: a resident with an address,
 * a passport, two bank accounts and a share in an apartment, under a PINFL no other test uses.
 */
@Component
public class RegistryPeople {

    static final String MFO = "00873";
    static final Soato YUNUSOBOD = Soato.ofDistrict("1726266");
    /**
     * A passport series neither the demo data (AA to AD, FA) nor TestRegistries (AD) issues, so numbers never
     * clash; the same serial keeps the cadastral number unique.
     */
    private static final String PASSPORT_SERIES = "AE";
    private static final AtomicInteger serials = new AtomicInteger();

    private final RegistryLoader loader;
    private final Banks banks;

    RegistryPeople(RegistryLoader loader, Banks banks) {
        this.loader = loader;
        this.banks = banks;
    }

    /** What was loaded about one person. */
    public record Loaded(Pinfl pinfl, List<String> accounts, String cadastralNumber, Passport passport) {
        public String passportText() {
            return passport.series() + passport.number();
        }
    }

    public Loaded resident() {
        return resident(TestCitizens.freshPinfl(Sex.MALE));
    }

    /** Loads the person with this PINFL (for example one who has an account in identity). */
    public Loaded resident(Pinfl pinfl) {
        var random = ThreadLocalRandom.current();
        var resident = new Resident(pinfl, new FullName("Karimov", "Jasur", "Anvarovich"),
                new FullName("Каримов", "Жасур", "Анварович"), pinfl.birthDate(), pinfl.sex(), YUNUSOBOD, null);
        var address = new RegisteredAddress(YUNUSOBOD, "Bogʻishamol", "Amir Temur koʻchasi", "12", "34",
                LocalDate.of(2015, 3, 1), "Боғишамол", "Амир Темур кўчаси");
        var serial = serials.incrementAndGet();
        var passport = new Passport(PASSPORT_SERIES, "%07d".formatted(serial),
                LocalDate.of(2020, 5, 4), LocalDate.of(2030, 5, 3), "Yunusobod IIB", Passport.Status.VALID);
        var owner = Owner.person(pinfl);
        var accounts = List.of(accountNumber(random), accountNumber(random));
        var cadastral = "10:09:03:02:" + serial;
        List<Bank> newBanks = banks.bank(MFO).isPresent() ? List.of() : List.of(new Bank(MFO, new LocalizedText(
                "Xalq banki", "Халқ банки", "Халк банк", "Xalq Bank")));
        loader.load(new RegistryBatch(newBanks, List.of(resident),
                List.of(new RegistryBatch.AddressOf(pinfl, address)),
                List.of(new RegistryBatch.PassportOf(pinfl, passport)), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(),
                List.of(new RealEstate(cadastral, RealEstate.Kind.APARTMENT, YUNUSOBOD, "Amir Temur koʻchasi 12-34",
                        new BigDecimal("64.50"), Money.ofSoum(450_000_000), List.of(Share.whole(owner)), List.of())),
                accounts.stream().map(number -> new BankAccount(number, MFO, "Xalq banki", owner, "UZS",
                        Money.ofSoum(2_500_000), Money.ZERO, LocalDate.of(2019, 1, 10), null)).toList(),
                List.of(), List.of()));
        return new Loaded(pinfl, accounts, cadastral, passport);
    }

    private static String accountNumber(ThreadLocalRandom random) {
        return "20206000" + String.format("%012d", random.nextLong(1_000_000_000_000L));
    }
}
