package uz.yagona.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.Share;
import uz.yagona.registry.Taxpayer;
import uz.yagona.shared.District;
import uz.yagona.shared.Money;

/**
 * The deterministic synthetic population of the registries: the same seed and size give the same records.
 * The people come in chunks of {@value #PERSONS_PER_CHUNK}, each made from its own random generator seeded by
 * the seed and the chunk's number, so that a chunk can be made on any thread, a smaller population is the
 * beginning of a larger one, and a million persons never sit in memory at once.
 */
final class PopulationGenerator {

    static final int PERSONS_PER_CHUNK = 10_000;
    /** Ages and dates are counted from this day, not from the clock, so that the population does not age. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    /**
     * Chunk numbers become the PINFL's area code (100 + chunk) and person serials number passports and accounts;
     * 250 chunks keep both clear of the demo logins' and the tests' numbers.
     */
    private static final int MAX_CHUNKS = 250;

    private final Places places;
    private final int persons;
    private final long seed;
    private final Employers employers;

    PopulationGenerator(List<District> districts, int persons, long seed) {
        if (persons < 0 || persons > PERSONS_PER_CHUNK * MAX_CHUNKS) {
            throw new IllegalArgumentException("between 0 and " + PERSONS_PER_CHUNK * MAX_CHUNKS + " persons");
        }
        this.places = new Places(districts);
        this.persons = persons;
        this.seed = seed;
        this.employers = Employers.generate(places, persons, seed);
    }

    int chunks() {
        return (persons + PERSONS_PER_CHUNK - 1) / PERSONS_PER_CHUNK;
    }

    /** The reference batch first, then every chunk in order. */
    void generate(Consumer<RegistryBatch> sink) {
        sink.accept(reference());
        for (var chunk = 0; chunk < chunks(); chunk++) {
            sink.accept(chunk(chunk));
        }
    }

    /**
     * Banks, the demo logins with their households and employers, and the employers of the population with their
     * accounts, premises and vehicles: what every chunk refers to.
     */
    RegistryBatch reference() {
        var batch = RegistryBatch.builder();
        DemoBanks.ALL.forEach(batch::bank);
        DemoLoginRecords.add(batch, places);
        var random = new SplittableRandom(seed ^ 0x0E4B_1075_2026L);
        var belongings = new Belongings(999, random, batch, employers, places, TODAY);
        for (var employer : employers.all()) {
            var owner = Owner.entity(employer.stir());
            batch.taxpayer(new Taxpayer(employer.stir(), null, employer.name(), employer.stir().kind(),
                    employer.registeredOn()));
            var bank = DemoBanks.pick(random);
            batch.account(new BankAccount(DemoNumbers.accountNumber(bank.mfo(), false, 80_000_000L + employer.serial(),
                    1), bank.mfo(), bank.name().uzLatn(), owner, "UZS",
                    Money.ofSoum(5_000_000 + random.nextLong(2_000_000_000L)), Money.ZERO,
                    employer.registeredOn().plusDays(random.nextInt(60)), null));
            var district = places.district(employer.district());
            var area = 60 + random.nextInt(1500);
            batch.realEstate(new RealEstate(DemoNumbers.cadastralNumber(employer.district(), 9999, employer.serial(),
                    null), RealEstate.Kind.NON_RESIDENTIAL, employer.district(),
                    Places.mahalla(random) + ", " + Places.street(random) + ", " + (1 + random.nextInt(200)),
                    BigDecimal.valueOf(area), Money.ofSoum(area * 3_000_000L), List.of(Share.whole(owner)), List.of()));
            if (random.nextInt(3) == 0) {
                belongings.vehicle(owner, district, false);
            }
        }
        return batch.build();
    }

    RegistryBatch chunk(int chunk) {
        var first = (long) chunk * PERSONS_PER_CHUNK;
        var quota = (int) Math.min(PERSONS_PER_CHUNK, persons - first);
        var random = new SplittableRandom(seed * 1_000_003L + chunk);
        var batch = RegistryBatch.builder();
        var households = new Households(chunk, first + 1, quota, places, random, batch, TODAY).generate();
        var belongings = new Belongings(chunk, random, batch, employers, places, TODAY);
        households.forEach(belongings::add);
        return batch.build();
    }

    Employers employers() {
        return employers;
    }
}
