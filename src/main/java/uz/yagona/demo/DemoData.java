package uz.yagona.demo;

import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.AgencyId;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/** Fills an empty database on start: agencies, officers, citizens, an organisation and the demo logins. */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoSettings settings;
    private final Persons persons;
    private final Accounts accounts;
    private final Agencies agencies;
    private final Officers officers;
    private final LegalEntities legalEntities;
    private final TransactionTemplate transaction;

    DemoData(DemoSettings settings, Persons persons, Accounts accounts, Agencies agencies, Officers officers,
            LegalEntities legalEntities, TransactionTemplate transaction) {
        this.settings = settings;
        this.persons = persons;
        this.accounts = accounts;
        this.agencies = agencies;
        this.officers = officers;
        this.legalEntities = legalEntities;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.enabled() || agencies.findByCode("MOJ").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: {} persons in {} ms", persons.count(), (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        var moj = agency("MOJ", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Oʻzbekiston Respublikasi Adliya vazirligi", "Ўзбекистон Республикаси Адлия вазирлиги",
                "Министерство юстиции Республики Узбекистан", "Ministry of Justice of the Republic of Uzbekistan"));
        var bureau = agency("MBB", moj, Agency.Level.MINISTRY, null, new LocalizedText(
                "Majburiy ijro byurosi", "Мажбурий ижро бюроси",
                "Бюро принудительного исполнения", "Bureau of Compulsory Enforcement"));
        var bureauTashkent = agency("MBB.1726", bureau, Agency.Level.REGIONAL, "1726", new LocalizedText(
                "Majburiy ijro byurosi Toshkent shahar boshqarmasi", "Мажбурий ижро бюроси Тошкент шаҳар бошқармаси",
                "Управление БПИ по городу Ташкенту", "Tashkent City Office of the Enforcement Bureau"));
        var bureauYunusobod = agency("MBB.1726.1726266", bureauTashkent, Agency.Level.DISTRICT, "1726266",
                new LocalizedText("Majburiy ijro byurosi Yunusobod tumani boʻlimi",
                        "Мажбурий ижро бюроси Юнусобод тумани бўлими",
                        "Отдел БПИ Юнусабадского района", "Yunusobod District Department of the Enforcement Bureau"));
        agency("MBB.1726.1726294", bureauTashkent, Agency.Level.DISTRICT, "1726294", new LocalizedText(
                "Majburiy ijro byurosi Chilonzor tumani boʻlimi", "Мажбурий ижро бюроси Чилонзор тумани бўлими",
                "Отдел БПИ Чиланзарского района", "Chilonzor District Department of the Enforcement Bureau"));
        agency("SC", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Oʻzbekiston Respublikasi Oliy sudi", "Ўзбекистон Республикаси Олий суди",
                "Верховный суд Республики Узбекистан", "Supreme Court of the Republic of Uzbekistan"));
        var digital = agency("MDT", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Raqamli texnologiyalar vazirligi", "Рақамли технологиялар вазирлиги",
                "Министерство цифровых технологий", "Ministry of Digital Technologies"));
        agency("STC", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Soliq qoʻmitasi", "Солиқ қўмитаси", "Налоговый комитет", "Tax Committee"));
        agency("MIA", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Ichki ishlar vazirligi", "Ички ишлар вазирлиги",
                "Министерство внутренних дел", "Ministry of Internal Affairs"));

        persons.registerAll(DemoPopulation.generate(settings.citizens(), settings.seed()));

        var citizen = login(DemoLogins.CITIZEN, "Karimov", "Aziz", "Akmal oʻgʻli", "aziz.karimov@example.uz", false);
        login(DemoLogins.CITIZEN_WITH_TOTP, "Rahimova", "Dilnoza", "Bobur qizi", "dilnoza@example.uz", false);
        accounts.enableTotp(id(DemoLogins.CITIZEN_WITH_TOTP), DemoLogins.CITIZEN_TOTP_SECRET);
        var officer = login(DemoLogins.OFFICER, "Tursunov", "Jasur", "Rustam oʻgʻli", "j.tursunov@example.uz", false);
        accounts.enableTotp(officer, DemoLogins.OFFICER_TOTP_SECRET);
        officers.appoint(officer, bureauYunusobod, "Davlat ijrochisi", Set.of("ENFORCEMENT_OFFICER"));
        var admin = login(DemoLogins.ADMIN, "Yusupova", "Malika", "Anvar qizi", "admin@example.uz", true);
        accounts.enableTotp(admin, DemoLogins.ADMIN_TOTP_SECRET);
        officers.appoint(admin, digital, "Platforma administratori", Set.of("PLATFORM_ADMIN"));
        var newcomer = login(DemoLogins.NEW_OFFICER, "Nazarov", "Sardor", "Zafar oʻgʻli", "s.nazarov@example.uz", false);
        officers.appoint(newcomer, bureauYunusobod, "Katta davlat ijrochisi", Set.of("ENFORCEMENT_OFFICER", "SUPERVISOR"));

        var bakery = legalEntities.register(new Stir("301234567"), "\"Toshkent Non\" MChJ", "MCHJ",
                LocalDate.of(2015, 3, 2));
        legalEntities.addRepresentative(bakery.id(), citizen, LegalEntity.Role.DIRECTOR);
    }

    private AgencyId agency(String code, AgencyId parent, Agency.Level level, String soato, LocalizedText name) {
        return agencies.create(code, parent, level, name, soato);
    }

    private PersonId login(Pinfl pinfl, String family, String first, String patronymic, String email,
            boolean administrator) {
        var id = persons.register(DemoPopulation.person(pinfl, family, first, patronymic, "+998901234567", email));
        accounts.open(id, DemoLogins.PASSWORD, administrator);
        return id;
    }

    private PersonId id(Pinfl pinfl) {
        return persons.findByPinfl(pinfl).orElseThrow().id();
    }
}
