package uz.yagona.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * Registry records for tests, each with numbers no other test uses (the tests share one database): PINFLs,
 * STIRs, account numbers, cadastral numbers and VINs come from one counter.
 */
final class TestRegistries {

    static final Soato YUNUSOBOD = new Soato("1726266");
    static final Bank BANK = new Bank("00440", new LocalizedText("Sinov banki", "Синов банки", "Тестовый банк",
            "Test bank"));
    static final Basis WRIT = new Basis("MIB", "Writ 2-1234/2026 of the Yunusobod district court", "MIB-2026-0001");

    private static final AtomicLong counter = new AtomicLong(System.nanoTime() % 1_000_000);

    private TestRegistries() {
    }

    static long next() {
        return counter.incrementAndGet();
    }

    static Pinfl pinfl() {
        var n = next();
        var birth = LocalDate.of(1950, 1, 1).plusDays(n / 998 % 20_000);
        return Pinfl.of(birth, n % 2 == 0 ? Sex.FEMALE : Sex.MALE, (int) (n / 998 / 20_000 % 999) + 1,
                (int) (n % 998) + 1);
    }

    static Stir individualStir() {
        return new Stir("4" + "%08d".formatted(next() % 100_000_000));
    }

    static Stir entityStir() {
        return new Stir("3" + "%08d".formatted(next() % 100_000_000));
    }

    static String accountNumber() {
        return "20206000" + "%012d".formatted(next());
    }

    static String cadastralNumber() {
        var n = next();
        return "10:09:03:" + n / 100_000 + ":" + n % 100_000;
    }

    static String vin() {
        return "XTA" + "%014d".formatted(next());
    }

    static Resident resident(Pinfl pinfl) {
        return new Resident(pinfl, new FullName("Karimov", "Aziz", "Rustamovich"),
                new FullName("Каримов", "Азиз", "Рустамович"), pinfl.birthDate(), pinfl.sex(), YUNUSOBOD, null);
    }

    /** A resident with an address and a passport, ready to load. */
    static RegistryBatch.Builder person(RegistryBatch.Builder batch, Pinfl pinfl) {
        return batch.resident(resident(pinfl))
                .address(pinfl, new RegisteredAddress(YUNUSOBOD, "Bogʻishamol", "Amir Temur", "12", "34",
                        LocalDate.of(2015, 3, 1)))
                .passport(pinfl, new Passport("AD", "%07d".formatted(next() % 10_000_000), LocalDate.of(2020, 5, 1),
                        LocalDate.of(2030, 4, 30), "Yunusobod IIB", Passport.Status.VALID));
    }

    static BankAccount account(Owner owner, Money balance) {
        return new BankAccount(accountNumber(), BANK.mfo(), BANK.name().uzLatn(), owner, "UZS", balance, Money.ZERO,
                LocalDate.of(2021, 1, 15), null);
    }

    static RealEstate apartment(List<Share> owners) {
        return new RealEstate(cadastralNumber(), RealEstate.Kind.APARTMENT, YUNUSOBOD, "Amir Temur 12, 34",
                new BigDecimal("64.5"), Money.ofSoum(450_000_000), owners, List.of());
    }

    static Vehicle vehicle(Owner owner) {
        return new Vehicle(vin(), "01 A 123 BC", "Chevrolet", "Cobalt", 2022, "white", owner,
                LocalDate.of(2022, 6, 1), List.of());
    }

    static Taxpayer taxpayer(Stir stir, Pinfl pinfl) {
        return new Taxpayer(stir, pinfl, "Karimov Aziz Rustamovich", Stir.Kind.INDIVIDUAL, LocalDate.of(2019, 2, 1));
    }

    static Taxpayer employer(Stir stir) {
        return new Taxpayer(stir, null, "\"Toshkent Temir Yoʻl\" AJ", Stir.Kind.LEGAL_ENTITY, LocalDate.of(2001, 1, 1));
    }

    static UUID id() {
        return UUID.randomUUID();
    }
}
