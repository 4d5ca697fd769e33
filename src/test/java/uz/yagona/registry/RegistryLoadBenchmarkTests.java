package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * How fast {@link RegistryLoader} loads a population shaped like the demo's: per person an address and a
 * passport, 1.2 accounts, real estate for every second, a vehicle for every fifth, a job for most, some debts
 * and travel bans. Off by default; run with
 * {@code ./mvnw -o -q verify -Dtest=RegistryLoadBenchmarkTests -Dregistry.load.persons=1000000}.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "registry.load.persons", matches = "[0-9]+")
class RegistryLoadBenchmarkTests {

    private static final int CHUNK = 20_000;
    private static final Soato DISTRICT = new Soato("1726266");
    private static final Basis WRIT = TestRegistries.WRIT;
    private static final int EMPLOYERS = 1_000;

    @Autowired
    RegistryLoader loader;

    @Autowired
    Banks banks;

    @Autowired
    Cadastre cadastre;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsAPopulation() {
        var persons = Integer.parseInt(System.getProperty("registry.load.persons"));
        var employers = RegistryBatch.builder().bank(TestRegistries.BANK);
        for (var e = 0; e < EMPLOYERS; e++) {
            employers.taxpayer(new Taxpayer(employer(e), null, "Employer " + e, Stir.Kind.LEGAL_ENTITY,
                    LocalDate.of(2000, 1, 1)));
        }
        loader.load(employers.build());

        long loading = 0;
        long generating = 0;
        long rows = 0;
        for (var from = 0; from < persons; from += CHUNK) {
            var started = System.nanoTime();
            var batch = chunk(from, Math.min(persons, from + CHUNK));
            var generated = System.nanoTime();
            loader.load(batch);
            loading += System.nanoTime() - generated;
            generating += generated - started;
            rows += rows(batch);
        }
        System.out.printf("registry load: %,d persons, %,d rows in %.1f s (%,.0f persons/s, %,.0f rows/s); "
                        + "generating the records took %.1f s more%n", persons, rows, loading / 1e9,
                persons / (loading / 1e9), rows / (loading / 1e9), generating / 1e9);

        var count = jdbc.sql("select count(*) from registry.resident").query(Long.class).single();
        assertThat(count).isGreaterThanOrEqualTo(persons);
        var random = new java.util.Random(42);
        var millis = new double[500];
        var found = 0;
        for (var q = 0; q < millis.length; q++) {
            var someone = Owner.person(pinfl(random.nextInt(persons)));
            var started = System.nanoTime();
            found += banks.accountsOf(someone).size() + cadastre.ownedBy(someone).size();
            millis[q] = (System.nanoTime() - started) / 1e6;
        }
        java.util.Arrays.sort(millis);
        System.out.printf("accounts and real estate of a random person by PINFL, %d lookups one after another: "
                + "p50 %.2f ms, p99 %.2f ms (%d records found)%n", millis.length, millis[millis.length / 2],
                millis[millis.length * 99 / 100], found);
        System.out.println(jdbc.sql("explain select cadastral_number from registry.real_estate_share "
                + "where owner_pinfl = '" + pinfl(1) + "'").query(String.class).list());
        var accounts = banks.accountsOf(Owner.person(pinfl(persons / 2)));
        assertThat(accounts).isNotEmpty();
    }

    private static RegistryBatch chunk(int from, int to) {
        var batch = RegistryBatch.builder();
        for (var i = from; i < to; i++) {
            var pinfl = pinfl(i);
            var owner = Owner.person(pinfl);
            batch.resident(new Resident(pinfl, new FullName("Karimov", "Aziz", "Rustamovich"),
                            new FullName("Каримов", "Азиз", "Рустамович"), pinfl.birthDate(), pinfl.sex(), DISTRICT,
                            null))
                    .address(pinfl, new RegisteredAddress(DISTRICT, "Bogʻishamol", "Amir Temur", "" + (i % 200 + 1),
                            i % 3 == 0 ? "" + (i % 90 + 1) : null, LocalDate.of(2010, 1, 1).plusDays(i % 5000)))
                    .passport(pinfl, new Passport("A" + (char) ('A' + i / 10_000_000 % 26),
                            "%07d".formatted(i % 10_000_000), LocalDate.of(2020, 1, 1),
                            LocalDate.of(2030, 1, 1), "IIB", Passport.Status.VALID))
                    .account(account(i, 0, owner));
            if (i % 5 == 0) {
                batch.account(account(i, 1, owner));
            }
            if (i % 2 == 0) {
                var owners = i % 4 == 0 && i + 1 < to
                        ? List.of(new Share(owner, 1, 2), new Share(Owner.person(pinfl(i + 1)), 1, 2))
                        : List.of(Share.whole(owner));
                batch.realEstate(new RealEstate("10:09:" + i / 100_000 + ":" + i % 100_000, RealEstate.Kind.APARTMENT,
                        DISTRICT, "Amir Temur " + i % 200, new BigDecimal("64.50"), Money.ofSoum(300_000_000L),
                        owners, List.of()));
            }
            if (i % 5 == 1) {
                batch.vehicle(new Vehicle("XTA%014d".formatted(i), "01 A " + i % 1000 + " BC", "Chevrolet",
                        "Cobalt", 2020, "white", owner, LocalDate.of(2020, 5, 1), List.of()));
            }
            if (i % 10 < 6) {
                batch.employment(pinfl, new Employment(employer(i % EMPLOYERS), "Employer " + i % EMPLOYERS,
                        "engineer", Money.ofSoum(6_000_000), LocalDate.of(2018, 1, 1), null));
            }
            if (i % 50 == 0) {
                var stir = new Stir("4%08d".formatted(i % 100_000_000));
                batch.taxpayer(new Taxpayer(stir, pinfl, "Karimov Aziz", Stir.Kind.INDIVIDUAL, LocalDate.of(2019, 1, 1)))
                        .debt(stir, new TaxDebt(UUID.randomUUID(), "property", Money.ofSoum(1_000_000),
                                LocalDate.of(2025, 1, 1)));
            }
            if (i % 100 == 0) {
                batch.travelBan(new TravelBan(UUID.randomUUID(), pinfl, WRIT, LocalDate.of(2026, 1, 1), null, null));
            }
        }
        return batch.build();
    }

    private static Pinfl pinfl(int i) {
        // 998 serials x 999 areas per day of birth: a million persons fit in two days
        var birth = LocalDate.of(1985, 1, 1).plusDays(i / (998 * 999));
        return Pinfl.of(birth, i % 2 == 0 ? Sex.MALE : Sex.FEMALE, i / 998 % 999 + 1, i % 998 + 1);
    }

    private static Stir employer(int e) {
        return new Stir("2%08d".formatted(e + 1));
    }

    private static BankAccount account(int i, int n, Owner owner) {
        return new BankAccount("20206000%011d%d".formatted(i, n), TestRegistries.BANK.mfo(),
                TestRegistries.BANK.name().uzLatn(), owner, "UZS", Money.ofTiyin(i * 137L % 100_000_000L), Money.ZERO,
                LocalDate.of(2021, 1, 1), null);
    }

    private static long rows(RegistryBatch batch) {
        return batch.residents().size() + batch.addresses().size() + batch.passports().size()
                + batch.accounts().size() * 2L + batch.realEstate().stream().mapToLong(o -> 1 + o.owners().size()).sum()
                + batch.vehicles().size() + batch.employments().size() + batch.taxpayers().size()
                + batch.taxDebts().size() + batch.travelBans().size();
    }
}
