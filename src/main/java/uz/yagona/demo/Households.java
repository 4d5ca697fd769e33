package uz.yagona.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uz.yagona.demo.NameTables.Name;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.Relative;
import uz.yagona.registry.Resident;
import uz.yagona.shared.District;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/**
 * One chunk of the population: households of a married couple with their children and sometimes the husband's
 * parents, widowed and single persons, with their civil-status acts (births, marriages, divorces, deaths, name
 * changes on marriage), family links and registered addresses. Everything drawn from one random generator
 * seeded for the chunk, so a chunk is the same whichever thread makes it and whatever came before it.
 * Property, jobs, accounts and documents are added by {@link Belongings}.
 */
final class Households {

    /** A generated person and what the rest of the generator needs to know about them. */
    record Person(long serial, Pinfl pinfl, Sex sex, LocalDate born, Name family, Name first,
            @Nullable LocalDate diedOn) {

        boolean aliveAdult(LocalDate today) {
            return diedOn == null && ChronoUnit.YEARS.between(born, today) >= 18;
        }
    }

    /** The people of one home and the home itself. */
    record Household(int index, District district, RegisteredAddress address, List<Person> members,
            Person head, @Nullable Person spouse, List<Person> children) {
    }

    private final int chunk;
    private final long firstSerial;
    private final int quota;
    private final Places places;
    private final SplittableRandom random;
    private final RegistryBatch.Builder batch;
    private final LocalDate today;
    private final Map<Long, Integer> serialsByBirth = new HashMap<>();
    private final List<Household> households = new ArrayList<>();
    private int persons;
    private int acts;

    Households(int chunk, long firstSerial, int quota, Places places, SplittableRandom random,
            RegistryBatch.Builder batch, LocalDate today) {
        this.chunk = chunk;
        this.firstSerial = firstSerial;
        this.quota = quota;
        this.places = places;
        this.random = random;
        this.batch = batch;
        this.today = today;
    }

    /** Makes households until the chunk holds exactly its quota of persons. */
    List<Household> generate() {
        while (persons < quota) {
            var left = quota - persons;
            var kind = random.nextInt(100);
            if (kind < 8 && left >= 2) {
                widowed();
            } else if (kind < 18 || left < 8) {
                single(18 + random.nextInt(22));
            } else {
                family();
            }
        }
        return households;
    }

    private void family() {
        var district = places.district(random);
        var husbandAge = 22 + random.nextInt(48);
        var husbandBorn = birthday(husbandAge);
        var wifeBorn = husbandBorn.plusDays(random.nextInt(6 * 365 + 1));
        if (ChronoUnit.YEARS.between(wifeBorn, today) < 19) {
            wifeBorn = today.minusYears(19).minusDays(random.nextInt(300));
        }
        var married = wifeBorn.plusYears(18).plusDays(random.nextInt(10 * 365));
        if (married.isBefore(husbandBorn.plusYears(20))) {
            married = husbandBorn.plusYears(20).plusDays(random.nextInt(200));
        }
        if (married.isAfter(today)) {
            married = today.minusDays(random.nextInt(60) + 1);
        }
        var family = NameTables.pick(random, NameTables.FAMILIES);
        var grandfatherName = NameTables.pick(random, NameTables.MEN);
        var members = new ArrayList<Person>();

        @Nullable Person grandfather = null;
        @Nullable Person grandmother = null;
        if (husbandAge < 50 && random.nextInt(4) == 0) {
            var grandfatherBorn = husbandBorn.minusYears(22 + random.nextInt(11)).minusDays(random.nextInt(365));
            var grandmotherBorn = grandfatherBorn.plusDays(random.nextInt(5 * 365));
            var grandfatherDied = ChronoUnit.YEARS.between(grandfatherBorn, today) > 70 && random.nextInt(3) == 0
                    ? today.minusDays(1 + random.nextInt(3000)) : null;
            grandfather = person(Sex.MALE, grandfatherBorn, family, grandfatherName,
                    NameTables.pick(random, NameTables.MEN), district, grandfatherDied);
            var grandmothersMaiden = maidenName(family);
            grandmother = person(Sex.FEMALE, grandmotherBorn, family,
                    NameTables.firstName(random, Sex.FEMALE), NameTables.pick(random, NameTables.MEN), district, null);
            marry(grandfather, grandmother, grandmotherBorn.plusYears(19).plusDays(random.nextInt(1500)), district,
                    grandmothersMaiden);
            if (grandfatherDied != null) {
                act(CivilAct.Kind.DEATH, grandfatherDied.plusDays(random.nextInt(3)), district, grandfather, null,
                        null);
            }
        }
        var husband = person(Sex.MALE, husbandBorn, family, NameTables.firstName(random, Sex.MALE), grandfatherName,
                district, null);
        if (grandfather != null) {
            parents(husband, grandfather, grandmother);
        }
        if (random.nextInt(100) < 8 && persons + 2 < quota) {
            divorcedBefore(husband, married, district);
        }
        var wifesMaiden = NameTables.pick(random, NameTables.FAMILIES);
        var changesName = !wifesMaiden.equals(family) && random.nextBoolean();
        var wife = person(Sex.FEMALE, wifeBorn, changesName ? family : wifesMaiden,
                NameTables.firstName(random, Sex.FEMALE), NameTables.pick(random, NameTables.MEN), district, null);
        marry(husband, wife, married, district, changesName ? wifesMaiden : null);
        members.add(husband);
        members.add(wife);
        if (grandfather != null) {
            if (grandfather.diedOn() == null) {
                members.add(grandfather);
            }
            members.add(grandmother);
        }

        var children = new ArrayList<Person>();
        var wanted = new int[] {0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5}[random.nextInt(11)];
        var lastBirth = min(today, wifeBorn.plusYears(42));
        var nextBirth = married.plusDays(280 + random.nextInt(400));
        while (children.size() < wanted && nextBirth.isBefore(lastBirth) && persons < quota) {
            var sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            var child = person(sex, nextBirth, family, NameTables.firstName(random, sex), husband.first(), district,
                    null);
            parents(child, husband, wife);
            children.add(child);
            members.add(child);
            nextBirth = nextBirth.plusDays(500 + random.nextInt(1200));
        }
        household(district, members, husband, wife, children, married);
    }

    /** An older person whose spouse has died. */
    private void widowed() {
        var district = places.district(random);
        var sex = random.nextInt(4) == 0 ? Sex.MALE : Sex.FEMALE;
        var born = birthday(60 + random.nextInt(30));
        var family = NameTables.pick(random, NameTables.FAMILIES);
        var survivor = person(sex, born, family, NameTables.firstName(random, sex),
                NameTables.pick(random, NameTables.MEN), district, null);
        var spouseSex = sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        var spouseBorn = sex == Sex.MALE ? born.plusDays(random.nextInt(1500)) : born.minusDays(random.nextInt(1500));
        var died = today.minusDays(1 + random.nextInt(5000));
        if (!died.isAfter(spouseBorn.plusYears(40))) {
            died = spouseBorn.plusYears(40 + random.nextInt(10));
        }
        var spouse = person(spouseSex, spouseBorn, family, NameTables.firstName(random, spouseSex),
                NameTables.pick(random, NameTables.MEN), district, died);
        var married = (sex == Sex.FEMALE ? born : spouseBorn).plusYears(19).plusDays(random.nextInt(2000));
        if (sex == Sex.MALE) {
            marry(survivor, spouse, married, district, null);
        } else {
            marry(spouse, survivor, married, district, null);
        }
        act(CivilAct.Kind.DEATH, died.plusDays(random.nextInt(3)), district, spouse, null, null);
        household(district, List.of(survivor), survivor, null, List.of(), born.plusYears(25));
    }

    private void single(int age) {
        var district = places.district(random);
        var sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        var born = birthday(age);
        var person = person(sex, born, NameTables.pick(random, NameTables.FAMILIES), NameTables.firstName(random, sex),
                NameTables.pick(random, NameTables.MEN), district, null);
        household(district, List.of(person), person, null, List.of(), born.plusYears(18));
    }

    /** The husband's first marriage, to a woman who now lives on her own, ended in divorce. */
    private void divorcedBefore(Person husband, LocalDate remarried, District district) {
        var exBorn = husband.born().plusDays(random.nextInt(4 * 365));
        var firstMarriage = max(exBorn.plusYears(19), husband.born().plusYears(20)).plusDays(random.nextInt(400));
        var divorced = firstMarriage.plusDays(200 + random.nextInt(2000));
        if (!divorced.isBefore(remarried) || firstMarriage.isAfter(today)) {
            return;
        }
        var exDistrict = places.district(random);
        var ex = person(Sex.FEMALE, exBorn, NameTables.pick(random, NameTables.FAMILIES),
                NameTables.firstName(random, Sex.FEMALE), NameTables.pick(random, NameTables.MEN), exDistrict, null);
        act(CivilAct.Kind.MARRIAGE, firstMarriage, district, husband, ex, null);
        act(CivilAct.Kind.DIVORCE, divorced, district, husband, ex, null);
        household(exDistrict, List.of(ex), ex, null, List.of(), divorced);
    }

    /**
     * Registers the marriage and links the spouses. A bride who took the husband's family name (her resident
     * record already bears it) has a name-change act from her maiden name; {@code maiden} is null for the others.
     */
    private void marry(Person husband, Person wife, LocalDate on, District district, @Nullable Name maiden) {
        act(CivilAct.Kind.MARRIAGE, on, district, husband, wife, null);
        batch.relative(husband.pinfl(), new Relative(wife.pinfl(), Relative.Relation.SPOUSE));
        if (maiden != null) {
            act(CivilAct.Kind.NAME_CHANGE, on, district, wife, null, NameTables.family(maiden, Sex.FEMALE).latin()
                    + " → " + NameTables.family(wife.family(), Sex.FEMALE).latin());
        }
    }

    /** Half of brides take the husband's family name: their maiden name, or null for those who keep theirs. */
    private @Nullable Name maidenName(Name husbandsFamily) {
        var maiden = NameTables.pick(random, NameTables.FAMILIES);
        return maiden.equals(husbandsFamily) || random.nextBoolean() ? null : maiden;
    }

    private void parents(Person child, Person father, Person mother) {
        batch.relative(child.pinfl(), new Relative(father.pinfl(), Relative.Relation.PARENT));
        batch.relative(child.pinfl(), new Relative(mother.pinfl(), Relative.Relation.PARENT));
    }

    private void household(District district, List<Person> members, Person head, @Nullable Person spouse,
            List<Person> children, LocalDate since) {
        var index = households.size();
        var urban = Places.urban(district) && random.nextInt(4) != 0;
        var mahalla = Places.mahallaNamed(random);
        var street = Places.streetNamed(random);
        var address = new RegisteredAddress(district.soato(), mahalla.latin(), street.latin(),
                String.valueOf(1 + random.nextInt(urban ? 60 : 180)),
                urban ? String.valueOf(1 + random.nextInt(80)) : null, min(since, today), mahalla.cyrillic(),
                street.cyrillic());
        for (var member : members) {
            if (member.diedOn() == null) {
                var movedIn = max(address.since(), member.born());
                batch.address(member.pinfl(), address.since(movedIn));
            }
        }
        households.add(new Household(index, district, address, List.copyOf(members), head, spouse,
                List.copyOf(children)));
    }

    private Person person(Sex sex, LocalDate born, Name family, Name first, Name fathersName, District place,
            @Nullable LocalDate diedOn) {
        var serial = firstSerial + persons;
        persons++;
        var pinfl = pinfl(born, sex);
        var familyName = NameTables.family(family, sex);
        var patronymic = NameTables.patronymic(fathersName, sex);
        batch.resident(new Resident(pinfl, NameTables.latin(familyName, first, patronymic),
                NameTables.cyrillic(familyName, first, patronymic), born, sex, place.soato(), diedOn));
        var person = new Person(serial, pinfl, sex, born, family, first, diedOn);
        act(CivilAct.Kind.BIRTH, min(born.plusDays(random.nextInt(25)), today), place, person, null, null);
        return person;
    }

    /**
     * A PINFL with the chunk as its area code (100 + chunk, apart from the demo logins' 026) and a serial
     * counted per birth date and sex, so that no two persons of the population share one.
     */
    private Pinfl pinfl(LocalDate born, Sex sex) {
        var key = born.toEpochDay() * 2 + sex.ordinal();
        var serial = serialsByBirth.merge(key, 1, Integer::sum);
        if (serial > 999) {
            throw new IllegalStateException("more than 999 persons born on " + born + " in one chunk");
        }
        return Pinfl.of(born, sex, 100 + chunk, serial);
    }

    private void act(CivilAct.Kind kind, LocalDate on, District office, Person subject, @Nullable Person other,
            @Nullable String note) {
        acts++;
        var number = DemoNumbers.digits(chunk, 3) + "-" + DemoNumbers.digits(acts, 6);
        batch.civilAct(new CivilAct(DemoNumbers.uuid(random), kind, number, min(on, today), office.soato(),
                subject.pinfl(), other == null ? null : other.pinfl(), note));
    }

    private LocalDate birthday(int age) {
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
