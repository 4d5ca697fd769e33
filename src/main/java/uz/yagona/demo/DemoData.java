package uz.yagona.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Fills an empty database on start: agencies, officers, an organisation, the demo logins, and the synthetic
 * population of the registries, of which the first adults also get identity records to sign in with; then, once,
 * the demo court and its writs ({@link DemoCourt}) and the appeals officials with a few appeals
 * ({@link DemoAppeals}).
 */
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
    private final RegistryLoader registries;
    private final Divisions divisions;
    private final DemoCourt court;
    private final DemoAppeals appeals;

    DemoData(DemoSettings settings, Persons persons, Accounts accounts, Agencies agencies, Officers officers,
            LegalEntities legalEntities, TransactionTemplate transaction, RegistryLoader registries,
            Divisions divisions, DemoCourt court, DemoAppeals appeals) {
        this.court = court;
        this.appeals = appeals;
        this.settings = settings;
        this.persons = persons;
        this.accounts = accounts;
        this.agencies = agencies;
        this.officers = officers;
        this.legalEntities = legalEntities;
        this.transaction = transaction;
        this.registries = registries;
        this.divisions = divisions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.enabled()) {
            return;
        }
        if (agencies.findByCode("MOJ").isEmpty()) {
            loadAll();
        }
        court.loadOnce();
        appeals.loadOnce();
    }

    private void loadAll() {
        long started = System.nanoTime();
        var districts = divisions.regions().stream()
                .flatMap(region -> divisions.districtsOf(region.soato()).stream()).toList();
        var population = new PopulationGenerator(districts, settings.citizens(), settings.seed());
        var firstChunk = population.chunks() == 0 ? RegistryBatch.builder().build() : population.chunk(0);
        var identities = DemoPopulation.identities(firstChunk, settings.identities());
        transaction.executeWithoutResult(status -> load(identities));
        log.info("Demo data loaded: {} persons in {} ms", persons.count(), (System.nanoTime() - started) / 1_000_000);
        loadRegistries(population, firstChunk);
    }

    /**
     * Loads the registries chunk by chunk, each chunk made and copied in by one of as many loaders as there are
     * cores (at least two, so that one generates while another waits on the database), each chunk in a
     * transaction of its own: the population never sits in memory whole.
     */
    private void loadRegistries(PopulationGenerator population, RegistryBatch firstChunk) {
        long started = System.nanoTime();
        var generating = new AtomicLong();
        var generated = new AtomicLong();
        registries.load(population.reference());
        if (population.chunks() > 0) {
            registries.load(firstChunk);
        }
        var loaders = Math.max(2, Runtime.getRuntime().availableProcessors());
        var pool = Executors.newFixedThreadPool(loaders);
        try {
            var chunks = new ArrayList<Future<?>>();
            for (var chunk = 1; chunk < population.chunks(); chunk++) {
                var number = chunk;
                chunks.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    var batch = population.chunk(number);
                    generating.addAndGet(System.nanoTime() - start);
                    generated.addAndGet(batch.residents().size());
                    registries.load(batch);
                }));
            }
            for (var chunk : chunks) {
                chunk.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo population", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not load the demo population", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        log.info("Registry population loaded: {} residents in {} s, {} residents/s (generation alone: {} residents/s "
                + "per thread)", settings.citizens(), "%.1f".formatted(seconds),
                Math.round(settings.citizens() / seconds),
                generating.get() == 0 ? "n/a" : Math.round(generated.get() * 1e9 / generating.get()));
    }

    private void load(List<NewPerson> population) {
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
        var interior = agency("MIA", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Ichki ishlar vazirligi", "Ички ишлар вазирлиги",
                "Министерство внутренних дел", "Ministry of Internal Affairs"));
        catalogAgencies(interior);

        persons.registerAll(population);

        var citizen = login(DemoLogins.CITIZEN, "Karimov", "Aziz", "Akmal oʻgʻli", "aziz.karimov@example.uz", false);
        login(DemoLogins.CITIZEN_WITH_TOTP, "Rahimova", "Dilnoza", "Bobur qizi", "dilnoza@example.uz", false);
        accounts.enableTotp(id(DemoLogins.CITIZEN_WITH_TOTP), DemoLogins.CITIZEN_TOTP_SECRET);
        var officer = login(DemoLogins.OFFICER, "Tursunov", "Jasur", "Rustam oʻgʻli", "j.tursunov@example.uz", false);
        accounts.enableTotp(officer, DemoLogins.OFFICER_TOTP_SECRET);
        officers.appoint(officer, bureauYunusobod, "Davlat ijrochisi", Set.of("ENFORCEMENT_OFFICER"));
        var admin = login(DemoLogins.ADMIN, "Yusupova", "Malika", "Anvar qizi", "admin@example.uz", true);
        accounts.enableTotp(admin, DemoLogins.ADMIN_TOTP_SECRET);
        officers.appoint(admin, digital, "Platforma administratori", Set.of("PLATFORM_ADMIN"));
        var registrar = login(DemoLogins.REGISTRY_OFFICER, "Qodirova", "Gulnora", "Shavkat qizi",
                "g.qodirova@example.uz", false);
        accounts.enableTotp(registrar, DemoLogins.REGISTRY_OFFICER_TOTP_SECRET);
        officers.appoint(registrar, moj, "FHDYo boʻlimi bosh mutaxassisi", Set.of("OFFICER"));
        var newcomer = login(DemoLogins.NEW_OFFICER, "Nazarov", "Sardor", "Zafar oʻgʻli", "s.nazarov@example.uz", false);
        officers.appoint(newcomer, bureauYunusobod, "Katta davlat ijrochisi", Set.of("ENFORCEMENT_OFFICER", "SUPERVISOR"));

        var bakery = legalEntities.register(new Stir("301234567"), "\"Toshkent Non\" MChJ", "MCHJ",
                LocalDate.of(2015, 3, 2));
        legalEntities.addRepresentative(bakery.id(), citizen, LegalEntity.Role.DIRECTOR);
    }

    /**
     * The other agencies that answer for services of the portal's catalog and issue the licence types that
     * licensing seeds, so that their officers can work the applications; codes as in {@code portal/catalog.yaml}.
     */
    private void catalogAgencies(AgencyId interior) {
        agency("MVD", interior, Agency.Level.MINISTRY, null, new LocalizedText(
                "Ichki ishlar vazirligi Litsenziyalash boshqarmasi", "Ички ишлар вазирлиги Лицензиялаш бошқармаси",
                "Управление лицензирования МВД", "Licensing Department of the Ministry of Internal Affairs"));
        agency("MOH", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Sogʻliqni saqlash vazirligi", "Соғлиқни сақлаш вазирлиги",
                "Министерство здравоохранения", "Ministry of Health"));
        agency("MOT", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Transport vazirligi", "Транспорт вазирлиги", "Министерство транспорта", "Ministry of Transport"));
        agency("MOE", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Maktabgacha va maktab taʼlimi vazirligi", "Мактабгача ва мактаб таълими вазирлиги",
                "Министерство дошкольного и школьного образования", "Ministry of Preschool and School Education"));
        agency("MHE", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Oliy taʼlim, fan va innovatsiyalar vazirligi", "Олий таълим, фан ва инновациялар вазирлиги",
                "Министерство высшего образования, науки и инноваций",
                "Ministry of Higher Education, Science and Innovation"));
        agency("MC", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Qurilish va uy-joy kommunal xoʻjaligi vazirligi", "Қурилиш ва уй-жой коммунал хўжалиги вазирлиги",
                "Министерство строительства и жилищно-коммунального хозяйства",
                "Ministry of Construction and Housing and Communal Services"));
        agency("IPA", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Intellektual mulk agentligi", "Интеллектуал мулк агентлиги",
                "Агентство по интеллектуальной собственности", "Intellectual Property Agency"));
        agency("NASP", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Ijtimoiy himoya milliy agentligi", "Ижтимоий ҳимоя миллий агентлиги",
                "Национальное агентство социальной защиты", "National Agency for Social Protection"));
        agency("CAD", null, Agency.Level.MINISTRY, null, new LocalizedText(
                "Kadastr agentligi", "Кадастр агентлиги", "Агентство по кадастру", "Cadastre Agency"));
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
