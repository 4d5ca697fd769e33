package uz.yagona.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.Employment;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.Owner;
import uz.yagona.registry.Passport;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.Relative;
import uz.yagona.registry.Resident;
import uz.yagona.registry.Share;
import uz.yagona.registry.Taxpayer;
import uz.yagona.registry.Vehicle;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * The documented demo logins as the registries know them, so that a form can be prefilled once-only for any of
 * them: each has a registered address in Tashkent, a passport, a job, a bank account and a flat; the citizen
 * also has a wife, a son and a car, and directs "Toshkent Non" MChJ.
 */
final class DemoLoginRecords {

    /** A demo login's name, where they live and work. */
    record Login(Pinfl pinfl, String family, String first, String patronymic, String email, Soato district,
            Stir employer, String position, long salarySoum, int serial) {
    }

    static final Stir BAKERY = new Stir("301234567");
    static final String BAKERY_NAME = "\"Toshkent Non\" MChJ";
    static final Stir ENFORCEMENT_BUREAU = new Stir("201000017");
    static final Stir DIGITAL_MINISTRY = new Stir("201000025");
    static final Stir HOUSING_SERVICE = new Stir("201000033");
    static final Stir VIRTUAL_RECEPTION = new Stir("201000041");
    /** The employers of the logins other than the bakery, as the tax registry names them. */
    private static final Map<Stir, String> AGENCIES = Map.of(
            ENFORCEMENT_BUREAU, "Majburiy ijro byurosi",
            DIGITAL_MINISTRY, "Raqamli texnologiyalar vazirligi",
            HOUSING_SERVICE, "Yunusobod tumani uy-joy kommunal xizmat koʻrsatish boʻlimi",
            VIRTUAL_RECEPTION, "Oʻzbekiston Respublikasi Prezidentining Virtual qabulxonasi");
    private static final Soato YUNUSOBOD = new Soato("1726266");
    private static final Soato CHILONZOR = new Soato("1726294");

    static final List<Login> LOGINS = List.of(
            new Login(DemoLogins.CITIZEN, "Karimov", "Aziz", "Akmal oʻgʻli", "aziz.karimov@example.uz", YUNUSOBOD,
                    BAKERY, "Direktor", 18_000_000, 1),
            new Login(DemoLogins.CITIZEN_WITH_TOTP, "Rahimova", "Dilnoza", "Bobur qizi", "dilnoza@example.uz",
                    CHILONZOR, BAKERY, "Bosh hisobchi", 9_500_000, 2),
            new Login(DemoLogins.OFFICER, "Tursunov", "Jasur", "Rustam oʻgʻli", "j.tursunov@example.uz", YUNUSOBOD,
                    ENFORCEMENT_BUREAU, "Davlat ijrochisi", 8_200_000, 3),
            new Login(DemoLogins.ADMIN, "Yusupova", "Malika", "Anvar qizi", "admin@example.uz", CHILONZOR,
                    DIGITAL_MINISTRY, "Platforma administratori", 14_000_000, 4),
            new Login(DemoLogins.NEW_OFFICER, "Nazarov", "Sardor", "Zafar oʻgʻli", "s.nazarov@example.uz", YUNUSOBOD,
                    ENFORCEMENT_BUREAU, "Katta davlat ijrochisi", 9_800_000, 5),
            new Login(DemoLogins.APPEALS_OFFICER, "Ismoilova", "Feruza", "Akbar qizi", "f.ismoilova@example.uz",
                    YUNUSOBOD, HOUSING_SERVICE, "Murojaatlar boʻyicha bosh mutaxassis", 7_600_000, 10),
            new Login(DemoLogins.APPEALS_HEAD, "Umarov", "Rustam", "Hamid oʻgʻli", "r.umarov@example.uz", CHILONZOR,
                    HOUSING_SERVICE, "Boʻlim boshligʻi", 11_200_000, 11),
            new Login(DemoLogins.APPEALS_DISPATCHER, "Sobirova", "Laylo", "Nodir qizi", "l.sobirova@example.uz",
                    CHILONZOR, VIRTUAL_RECEPTION, "Dispetcher", 6_900_000, 12));

    private static final Pinfl WIFE = Pinfl.of(LocalDate.of(1992, 7, 21), Sex.FEMALE, 26, 6);
    private static final Pinfl SON = Pinfl.of(LocalDate.of(2018, 4, 9), Sex.MALE, 26, 7);
    /** Serials far above any the generator gives, for the logins' STIRs, passports and accounts. */
    private static final long SERIALS = 3_999_900;

    private DemoLoginRecords() {
    }

    static void add(RegistryBatch.Builder batch, Places places) {
        var since = LocalDate.of(2019, 3, 1);
        batch.taxpayer(new Taxpayer(BAKERY, null, BAKERY_NAME, Stir.Kind.LEGAL_ENTITY, LocalDate.of(2015, 3, 2)));
        batch.taxpayer(new Taxpayer(ENFORCEMENT_BUREAU, null, "Majburiy ijro byurosi", Stir.Kind.LEGAL_ENTITY,
                LocalDate.of(2019, 6, 1)));
        batch.taxpayer(new Taxpayer(DIGITAL_MINISTRY, null, "Raqamli texnologiyalar vazirligi",
                Stir.Kind.LEGAL_ENTITY, LocalDate.of(2021, 1, 1)));
        batch.taxpayer(new Taxpayer(HOUSING_SERVICE, null, AGENCIES.get(HOUSING_SERVICE), Stir.Kind.LEGAL_ENTITY,
                LocalDate.of(2018, 4, 2)));
        batch.taxpayer(new Taxpayer(VIRTUAL_RECEPTION, null, AGENCIES.get(VIRTUAL_RECEPTION), Stir.Kind.LEGAL_ENTITY,
                LocalDate.of(2016, 9, 24)));
        batch.account(new BankAccount(DemoNumbers.accountNumber("01158", false, 79_999_001, 1), "01158", "Kapitalbank",
                Owner.entity(BAKERY), "UZS", Money.ofSoum(245_000_000), Money.ZERO, LocalDate.of(2015, 3, 10), null));
        for (var login : LOGINS) {
            var serial = SERIALS + login.serial();
            resident(batch, login.pinfl(), login.family(), login.first(), login.patronymic(), login.district());
            var apartment = String.valueOf(10 + login.serial());
            batch.address(login.pinfl(), new RegisteredAddress(login.district(), "Bogʻishamol MFY",
                    "Amir Temur koʻchasi", String.valueOf(100 + login.serial()), apartment, since));
            var issued = LocalDate.of(2021, 9, 1).plusDays(login.serial() * 17L);
            batch.passport(login.pinfl(), new Passport("AD", DemoNumbers.passportNumber(serial), issued,
                    issued.plusYears(10), places.latinName(login.district()) + " IIB", Passport.Status.VALID));
            var stir = DemoNumbers.personStir(serial);
            batch.taxpayer(new Taxpayer(stir, login.pinfl(), login.first() + " " + login.family(),
                    Stir.Kind.INDIVIDUAL, LocalDate.of(2012, 1, 15)));
            var employerName = login.employer().equals(BAKERY) ? BAKERY_NAME : AGENCIES.get(login.employer());
            var salary = Money.ofSoum(login.salarySoum());
            batch.employment(login.pinfl(), new Employment(login.employer(), employerName, login.position(), salary,
                    LocalDate.of(2020, 2, 1), null));
            for (var year = 2023; year <= 2025; year++) {
                var income = salary.times(12);
                batch.income(stir, new IncomeDeclaration(year, income, income.percent(BigDecimal.valueOf(12))));
            }
            var bank = DemoBanks.ALL.get(login.serial() % DemoBanks.ALL.size());
            batch.account(new BankAccount(DemoNumbers.accountNumber(bank.mfo(), true, serial, 1), bank.mfo(),
                    bank.name().uzLatn(), Owner.person(login.pinfl()), "UZS",
                    Money.ofSoum(3_500_000L * login.serial()), Money.ZERO, LocalDate.of(2016, 5, 20), null));
            var owners = login.pinfl().equals(DemoLogins.CITIZEN)
                    ? List.of(new Share(Owner.person(login.pinfl()), 1, 2), new Share(Owner.person(WIFE), 1, 2))
                    : List.of(Share.whole(Owner.person(login.pinfl())));
            if (login.pinfl().equals(DemoLogins.CITIZEN)) {
                family(batch, login, since);
            }
            batch.realEstate(new RealEstate(DemoNumbers.cadastralNumber(login.district(), 9998, 100 + login.serial(),
                    Integer.valueOf(apartment)), RealEstate.Kind.APARTMENT, login.district(),
                    "Bogʻishamol MFY, Amir Temur koʻchasi, " + (100 + login.serial()) + ", " + apartment + "-xonadon",
                    new BigDecimal("78.4"), Money.ofSoum(78L * 9_000_000), owners, List.of()));
        }
        batch.vehicle(new Vehicle(DemoNumbers.vin("XWBZF69T", 2022, 29_999_001), "01 A 777 KA", "Chevrolet",
                "Malibu", 2022, "Qora", Owner.person(DemoLogins.CITIZEN), LocalDate.of(2022, 5, 12), List.of()));
    }

    /** The citizen's wife, who took his name, and their son, with the acts that made them a family. */
    private static void family(RegistryBatch.Builder batch, Login citizen, LocalDate since) {
        resident(batch, WIFE, "Karimova", "Nodira", "Bahrom qizi", CHILONZOR);
        resident(batch, SON, "Karimov", "Temur", "Aziz oʻgʻli", YUNUSOBOD);
        for (var pinfl : List.of(WIFE, SON)) {
            batch.address(pinfl, new RegisteredAddress(citizen.district(), "Bogʻishamol MFY", "Amir Temur koʻchasi",
                    "101", "11", pinfl.equals(SON) ? SON.birthDate() : since));
        }
        batch.relative(citizen.pinfl(), new Relative(WIFE, Relative.Relation.SPOUSE));
        batch.relative(SON, new Relative(citizen.pinfl(), Relative.Relation.PARENT));
        batch.relative(SON, new Relative(WIFE, Relative.Relation.PARENT));
        var married = LocalDate.of(2016, 9, 10);
        batch.civilAct(new CivilAct(java.util.UUID.nameUUIDFromBytes("demo-marriage".getBytes()),
                CivilAct.Kind.MARRIAGE, "DEMO-000001", married, YUNUSOBOD, citizen.pinfl(), WIFE, null));
        batch.civilAct(new CivilAct(java.util.UUID.nameUUIDFromBytes("demo-name".getBytes()),
                CivilAct.Kind.NAME_CHANGE, "DEMO-000002", married, YUNUSOBOD, WIFE, null, "Ergasheva → Karimova"));
        batch.civilAct(new CivilAct(java.util.UUID.nameUUIDFromBytes("demo-birth".getBytes()), CivilAct.Kind.BIRTH,
                "DEMO-000003", SON.birthDate().plusDays(5), YUNUSOBOD, SON, WIFE, null));
    }

    private static void resident(RegistryBatch.Builder batch, Pinfl pinfl, String family, String first,
            String patronymic, Soato born) {
        var last = NameTables.Name.of(family);
        var given = NameTables.Name.of(first);
        var fathers = NameTables.Name.of(patronymic);
        batch.resident(new Resident(pinfl, NameTables.latin(last, given, fathers),
                NameTables.cyrillic(last, given, fathers), pinfl.birthDate(), pinfl.sex(), born, null));
    }
}
