package uz.yagona.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uz.yagona.demo.Households.Household;
import uz.yagona.demo.Households.Person;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Employment;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.Owner;
import uz.yagona.registry.Passport;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.Share;
import uz.yagona.registry.TaxDebt;
import uz.yagona.registry.Taxpayer;
import uz.yagona.registry.TravelBan;
import uz.yagona.registry.Vehicle;
import uz.yagona.shared.District;
import uz.yagona.shared.Money;

/**
 * What the people of a chunk's households hold: passports, jobs and taxes, bank accounts, their home and
 * sometimes a second property, cars, and for a few a ban on leaving the country.
 */
final class Belongings {

    /** Make, model and the first eight characters of their VINs. */
    record Model(String make, String model, String vinPrefix, int firstYear) {
    }

    static final List<Model> MODELS = List.of(new Model("Chevrolet", "Cobalt", "XWBJA69V", 2013),
            new Model("Chevrolet", "Nexia 3", "XWBJA69S", 2016), new Model("Chevrolet", "Spark", "XWBMA48B", 2010),
            new Model("Chevrolet", "Gentra", "XWBJA69Y", 2013), new Model("Chevrolet", "Lacetti", "XWBJF69Y", 2008),
            new Model("Chevrolet", "Malibu", "XWBZF69T", 2013), new Model("Chevrolet", "Damas", "XWBKA11C", 2005),
            new Model("Chevrolet", "Tracker", "XWBZB76A", 2019), new Model("Kia", "K5", "XWKLE41B", 2021),
            new Model("BYD", "Chazor", "LGXCE4CB", 2023), new Model("Hyundai", "Sonata", "KMHL141C", 2019));
    private static final List<String> COLOURS = List.of("Oq", "Oq", "Oq", "Qora", "Kumush", "Kulrang", "Koʻk",
            "Qizil", "Jigarrang", "Sariq");
    private static final Basis WRIT = new Basis("MBB", "Ijro varaqasi (demo)", "MBB-DEMO");

    private final int chunk;
    private final SplittableRandom random;
    private final RegistryBatch.Builder batch;
    private final Employers employers;
    private final Places places;
    private final LocalDate today;
    private int vehicles;

    Belongings(int chunk, SplittableRandom random, RegistryBatch.Builder batch, Employers employers, Places places,
            LocalDate today) {
        this.chunk = chunk;
        this.places = places;
        this.random = random;
        this.batch = batch;
        this.employers = employers;
        this.today = today;
    }

    void add(Household household) {
        var district = household.district();
        for (var person : household.members()) {
            var age = ChronoUnit.YEARS.between(person.born(), today);
            if (person.diedOn() != null) {
                continue;
            }
            if (age >= 16) {
                passports(person, district);
            }
            if (age >= 18) {
                work(person, age, district);
                accounts(person);
            }
        }
        home(household);
        if (random.nextInt(100) < 30 && household.head().aliveAdult(today)) {
            vehicle(Owner.person(household.head().pinfl()), district, true);
            if (random.nextInt(100) < 15) {
                vehicle(Owner.person(household.head().pinfl()), district, true);
            }
        }
    }

    /** The current passport or ID card and, for those who renewed it, the expired one before it. */
    private void passports(Person person, District district) {
        var issuedBy = places.latinName(district.soato()) + " IIB";
        var issued = person.born().plusYears(16).plusDays(random.nextInt(60));
        @Nullable LocalDate previous = null;
        while (!issued.plusYears(10).isAfter(today)) {
            previous = issued;
            issued = issued.plusYears(10).minusDays(random.nextInt(30));
        }
        if (previous != null) {
            batch.passport(person.pinfl(), new Passport(series(previous), DemoNumbers.passportNumber(
                    person.serial() + 4_000_000), previous, previous.plusYears(10), issuedBy, Passport.Status.EXPIRED));
        }
        batch.passport(person.pinfl(), new Passport(series(issued), DemoNumbers.passportNumber(person.serial()),
                issued, issued.plusYears(10), issuedBy, Passport.Status.VALID));
        if (random.nextInt(10) == 0) {
            var travel = max(issued, today.minusYears(4)).plusDays(random.nextInt(300));
            if (travel.isBefore(today)) {
                batch.passport(person.pinfl(), new Passport("FA", DemoNumbers.passportNumber(person.serial()), travel,
                        travel.plusYears(10), issuedBy, Passport.Status.VALID));
            }
        }
    }

    /** AA, AB and AC for the biometric passports of their years; AD for the ID cards issued since 2021. */
    private static String series(LocalDate issued) {
        var year = issued.getYear();
        return year < 2013 ? "AA" : year < 2018 ? "AB" : year < 2021 ? "AC" : "AD";
    }

    private void work(Person person, long age, District district) {
        var employed = age < 63 && random.nextInt(100) < (person.sex() == uz.yagona.shared.Sex.MALE ? 70 : 48);
        var ownsOrEarns = employed || random.nextInt(100) < 20;
        if (!ownsOrEarns) {
            return;
        }
        var stir = DemoNumbers.personStir(person.serial());
        var registered = max(person.born().plusYears(18), LocalDate.of(2005, 1, 1)).plusDays(random.nextInt(365));
        batch.taxpayer(new Taxpayer(stir, person.pinfl(), person.first().latin() + " "
                + NameTables.family(person.family(), person.sex()).latin(), stir.kind(), min(registered, today)));
        if (employed) {
            var employer = employers.near(random, district.soato());
            var job = employer.sector().job(random);
            var salary = job.salary(random);
            var since = max(max(person.born().plusYears(18), employer.registeredOn()),
                    today.minusYears(1 + random.nextInt(15))).plusDays(random.nextInt(200));
            since = min(since, today);
            if (random.nextInt(4) == 0 && since.isAfter(person.born().plusYears(20))) {
                var earlier = employers.near(random, district.soato());
                var from = max(person.born().plusYears(18), earlier.registeredOn());
                if (from.isBefore(since)) {
                    var previousJob = earlier.sector().job(random);
                    batch.employment(person.pinfl(), new Employment(earlier.stir(), earlier.name(),
                            previousJob.position(), previousJob.salary(random), from, since.minusDays(1)));
                }
            }
            batch.employment(person.pinfl(), new Employment(employer.stir(), employer.name(), job.position(), salary,
                    since, null));
            for (var year = today.getYear() - 3; year < today.getYear(); year++) {
                if (since.getYear() <= year) {
                    var income = salary.times(12).percent(BigDecimal.valueOf(85 + random.nextInt(31)));
                    batch.income(stir, new IncomeDeclaration(year, income, income.percent(BigDecimal.valueOf(12))));
                }
            }
        }
        if (random.nextInt(100) < 5) {
            var kind = new String[] {"property", "land", "income"}[random.nextInt(3)];
            var amount = Money.ofSoum(50_000 + random.nextLong(5_000_000) / 1000 * 1000);
            batch.debt(stir, new TaxDebt(DemoNumbers.uuid(random), kind, amount,
                    today.minusDays(30 + random.nextInt(900))));
            if (random.nextInt(5) == 0) {
                var imposed = today.minusDays(random.nextInt(400));
                batch.travelBan(new TravelBan(DemoNumbers.uuid(random), person.pinfl(), WRIT, imposed,
                        random.nextBoolean() ? null : imposed.plusMonths(6 + random.nextInt(18)), null));
            }
        }
    }

    private void accounts(Person person) {
        var count = new int[] {0, 1, 1, 1, 1, 1, 2, 2, 3}[random.nextInt(9)];
        for (var i = 1; i <= count; i++) {
            var bank = DemoBanks.pick(random);
            var opened = max(person.born().plusYears(18), LocalDate.of(2010, 1, 1))
                    .plusDays(random.nextInt(3650));
            batch.account(new BankAccount(DemoNumbers.accountNumber(bank.mfo(), true, person.serial(), i), bank.mfo(),
                    bank.name().uzLatn(), Owner.person(person.pinfl()), "UZS", balance(), Money.ZERO,
                    min(opened, today), null));
        }
    }

    /** Most balances are a few million soʻm; one in twenty is tens of millions, one in eight is empty. */
    private Money balance() {
        var draw = random.nextInt(40);
        if (draw < 5) {
            return Money.ZERO;
        }
        var soum = draw < 38 ? random.nextLong(8_000_000) : 10_000_000 + random.nextLong(150_000_000);
        return Money.ofTiyin(soum * 100 + random.nextInt(100));
    }

    /** The home, owned by the couple in halves, by the head alone, or shared with a grown child. */
    private void home(Household household) {
        var head = household.head();
        if (household.spouse() == null && random.nextInt(2) == 0) {
            return; // a single person renting, or living with relatives
        }
        var owners = new ArrayList<Share>();
        var spouse = household.spouse();
        var grownChild = household.children().stream().filter(child -> child.aliveAdult(today)).findFirst();
        var shape = random.nextInt(10);
        if (spouse == null || shape < 3) {
            owners.add(Share.whole(Owner.person(head.pinfl())));
        } else if (shape < 8 || grownChild.isEmpty()) {
            owners.add(new Share(Owner.person(head.pinfl()), 1, 2));
            owners.add(new Share(Owner.person(spouse.pinfl()), 1, 2));
        } else {
            owners.add(new Share(Owner.person(head.pinfl()), 1, 3));
            owners.add(new Share(Owner.person(spouse.pinfl()), 1, 3));
            owners.add(new Share(Owner.person(grownChild.get().pinfl()), 1, 3));
        }
        var district = household.district();
        var address = household.address();
        var flat = address.apartment() != null;
        var area = flat ? 35 + random.nextInt(90) : 80 + random.nextInt(320);
        var number = flat
                ? DemoNumbers.cadastralNumber(district.soato(), chunk, household.index() / 40,
                        household.index() % 40 + 1)
                : DemoNumbers.cadastralNumber(district.soato(), chunk, household.index(), null);
        batch.realEstate(new RealEstate(number, flat ? RealEstate.Kind.APARTMENT : RealEstate.Kind.HOUSE,
                district.soato(), addressLine(household), BigDecimal.valueOf(area * 10L + random.nextInt(10), 1),
                Money.ofSoum(area * pricePerSquareMetre(district)), owners, List.of()));
        if (random.nextInt(100) < 8) {
            var land = random.nextBoolean();
            var extra = DemoNumbers.cadastralNumber(district.soato(), chunk, 50_000 + household.index(), null);
            var extraArea = land ? 400 + random.nextInt(2000) : 20 + random.nextInt(200);
            batch.realEstate(new RealEstate(extra, land ? RealEstate.Kind.LAND : RealEstate.Kind.NON_RESIDENTIAL,
                    district.soato(), Places.mahalla(random) + ", " + Places.street(random) + ", "
                            + (1 + random.nextInt(200)),
                    BigDecimal.valueOf(extraArea),
                    Money.ofSoum(extraArea * pricePerSquareMetre(district) / (land ? 10 : 1)),
                    List.of(Share.whole(Owner.person(head.pinfl()))), List.of()));
        }
    }

    /** Cadastral value per square metre in soʻm: highest in Tashkent, then in the cities. */
    private static long pricePerSquareMetre(District district) {
        if (district.region().value().equals("1726")) {
            return 9_000_000;
        }
        return Places.urban(district) ? 5_000_000 : 2_500_000;
    }

    static String addressLine(Household household) {
        var address = household.address();
        return address.mahalla() + ", " + address.street() + ", " + address.house()
                + (address.apartment() == null ? "" : ", " + address.apartment() + "-xonadon");
    }

    void vehicle(Owner owner, District district, boolean person) {
        vehicles++;
        var model = MODELS.get(random.nextInt(MODELS.size()));
        var year = model.firstYear() + random.nextInt(Math.max(1, today.getYear() - model.firstYear() + 1));
        var serial = (long) chunk * 20_000 + vehicles;
        var registered = min(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)), today);
        batch.vehicle(new Vehicle(DemoNumbers.vin(model.vinPrefix(), year, serial),
                DemoNumbers.plate(Places.plateCode(district.soato()), person, serial), model.make(), model.model(),
                year, COLOURS.get(random.nextInt(COLOURS.size())), owner, registered, List.of()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
