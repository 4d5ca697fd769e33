package uz.yagona.enforcement.internal;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.ClosedLoop;
import uz.yagona.ClosedLoop.Request;
import uz.yagona.ClosedLoop.Result;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Soato;
import uz.yagona.shared.UzbekScript;

/**
 * The public debtor search under {@code bench.clients} (32) closed-loop clients over real HTTP, against
 * {@code bench.cases} (1,000,000; {@code bench.persons} is read too) enforcement cases, next to the same server's
 * trivial endpoint ({@code /actuator/health/liveness}) measured in the same run: the ceiling of HTTP alone. The
 * three paths take turns for {@code bench.rounds} (3) rounds of {@code bench.seconds} each, after a warm-up.
 *
 * <p>Writs and cases are written straight into the enforcement tables with {@code COPY} (signed writs with a
 * stand-in signature: the search never verifies them), 90 % open and 10 % closed, debtors' names in Uzbek Latin
 * (70 %) or Cyrillic (30 %), officers from 50 real identity officers. The name keys are then filled by
 * {@link JdbcPublicDebtors#backfill()}, the code production runs at start-up for cases without a key (the same
 * {@link DebtorNames} as when a case opens). Searches are by PINFL and by name and birth date, the name typed as
 * people type it: upper case and doubled spaces, Uzbek Cyrillic, ASCII apostrophes, or Russian letters.
 * Before measuring, a sample of name searches is checked to find its case. This class is in enforcement's
 * internal package to call the backfill, as the ledger's benchmarks do with theirs.
 */
public final class DebtorSearchLoad {

    private static final List<String> SURNAMES = List.of("Karimov", "Oʻrinboyev", "Xolmatov", "Toshmatov",
            "Rahimov", "Qodirov", "Yusupov", "Abdullayev", "Ergashev", "Gʻulomov", "Saidov", "Nazarov", "Mirzayev",
            "Hasanov", "Umarov", "Sobirov", "Alimov", "Joʻrayev", "Qosimov", "Tursunov", "Ismoilov", "Rasulov",
            "Normatov", "Shukurov", "Xoliqov");
    private static final List<String> NAMES = List.of("Jasur", "Gʻayrat", "Sherzod", "Bahodir", "Dilshod", "Akmal",
            "Otabek", "Sardor", "Jahongir", "Shoxrux", "Ulugʻbek", "Nodir", "Farrux", "Anvar", "Rustam", "Botir",
            "Ilhom", "Javlon", "Oybek", "Temur", "Zafar", "Sanjar", "Husan", "Aziz", "Murod");
    private static final List<String> FATHERS = List.of("Anvar", "Botir", "Xolmat", "Rashid", "Karim", "Olim",
            "Qodir", "Shavkat", "Ergash", "Tohir", "Sobir", "Nazar", "Umar", "Hamid", "Yusuf", "Gʻofur", "Baxtiyor",
            "Mahmud", "Said", "Zokir");
    private static final int OFFICERS = 50;
    private static final int QUERIES = 20_000;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private DebtorSearchLoad() {
    }

    /** One seeded case, as the load generator needs it to ask for it. */
    private record Seeded(String caseNumber, Pinfl pinfl, String surname, String name, String father) {
    }

    public static void main(String[] args) throws Exception {
        int total = Integer.getInteger("bench.cases", Integer.getInteger("bench.persons", 1_000_000));
        int clients = Integer.getInteger("bench.clients", 32);
        var measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        var context = ClosedLoop.startPlatform(Path.of("target/bench-debtors").toAbsolutePath(), Map.of(
                "spring.datasource.hikari.maximum-pool-size", "40",
                "yagona.enforcement.public-search.per-minute", "1000000000",
                "logging.level.uz.yagona", "INFO"));
        try {
            run(context, total, clients, measured);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int total, int clients, Duration measured)
            throws Exception {
        System.out.printf("## machine%n%s%n", ClosedLoop.machine());
        var jdbc = context.getBean(JdbcClient.class);
        long started = System.nanoTime();
        var officers = officers(context);
        var sample = seed(context.getBean(DataSource.class), context.getBean(Divisions.class), officers, total);
        long copied = System.nanoTime();
        int keyed = context.getBean(JdbcPublicDebtors.class).backfill();
        long backfilled = System.nanoTime();
        jdbc.sql("analyze enforcement.writ").update();
        jdbc.sql("analyze enforcement.enforcement_case").update();
        jdbc.sql("analyze enforcement.public_debtor").update();
        System.out.printf(Locale.ROOT, "## seeded %d cases (%d open) by COPY in %.1f s; backfill keyed %d in %.1f s%n",
                total, jdbc.sql("select count(*) from enforcement.enforcement_case where status = 'OPEN'")
                        .query(Long.class).single(), (copied - started) / 1e9, keyed, (backfilled - copied) / 1e9);
        System.out.println(jdbc.sql("explain select p.case_number from enforcement.public_debtor p "
                + "where p.name_key in ('karimav jasur', 'jasur karimav') and p.birth_date = date '1980-01-01'")
                .query(String.class).list());

        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var base = "http://localhost:" + port;
        var random = new SplittableRandom(42);
        var byPinfl = new ArrayList<URI>();
        var byName = new ArrayList<URI>();
        var expected = new ArrayList<String>();
        for (int i = 0; i < QUERIES; i++) {
            var c = sample.get(random.nextInt(sample.size()));
            byPinfl.add(URI.create(base + "/api/v1/enforcement/debtors?pinfl=" + c.pinfl().value()));
            byName.add(URI.create(base + "/api/v1/enforcement/debtors?lang=" + List.of("uz", "ru", "en").get(i % 3)
                    + "&birthDate=" + c.pinfl().birthDate() + "&name="
                    + URLEncoder.encode(typed(c, i % 4), StandardCharsets.UTF_8)));
            expected.add(c.caseNumber());
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int found = 0;
        for (int i = 0; i < 1000; i++) {
            if (get(http, byName.get(i)).contains(expected.get(i))) {
                found++;
            }
        }
        System.out.printf("## name searches checked: %d of 1000 found their case%n", found);

        var trivial = URI.create(base + "/actuator/health/liveness");
        Request ceiling = (r, index) -> get(http, trivial);
        Request pinfl = (r, index) -> get(http, byPinfl.get(index));
        Request name = (r, index) -> get(http, byName.get(index));
        // the machine is shared and its load drifts: the three paths take turns, round after round, so that
        // each round's ratios compare paths measured within a minute of each other
        var paths = List.of(Map.entry("trivial endpoint (HTTP ceiling)", ceiling),
                Map.entry("GET /api/v1/enforcement/debtors?pinfl=", pinfl),
                Map.entry("GET /api/v1/enforcement/debtors?name=&birthDate=", name));
        for (var path : paths) {
            ClosedLoop.run(path.getValue(), QUERIES, clients, measured.dividedBy(3)); // warm-up, not recorded
        }
        System.out.printf("## %d clients, %d rounds of %s a path%n", clients, ROUNDS, measured);
        System.out.println("| round | path | requests | per second | p50 ms | p99 ms | per second / ceiling | "
                + "p99 / ceiling p99 |");
        System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int round = 1; round <= ROUNDS; round++) {
            var results = new ArrayList<Result>();
            for (var path : paths) {
                results.add(ClosedLoop.run(path.getValue(), QUERIES, clients, measured).named(path.getKey()));
            }
            var httpCeiling = results.getFirst();
            for (var result : results) {
                System.out.printf(Locale.ROOT, "| %d | %s | %d | %.0f | %.3f | %.3f | %.2f | %.2f |%n", round,
                        result.name(), result.count(), result.perSecond(), result.p50() / 1e6, result.p99() / 1e6,
                        result.perSecond() / httpCeiling.perSecond(), (double) result.p99() / httpCeiling.p99());
            }
        }
    }

    /** The name as a person might type it: 0 shouting and spaces, 1 Uzbek Cyrillic, 2 ASCII apostrophes, 3 Russian. */
    private static String typed(Seeded c, int way) {
        var full = c.surname() + " " + c.name() + (way == 2 ? " " + c.father() + "ovich" : "");
        return switch (way) {
            case 0 -> c.surname().toUpperCase(Locale.ROOT) + "   " + c.name().toLowerCase(Locale.ROOT);
            case 1 -> UzbekScript.toCyrillic(full);
            case 2 -> full.replace('ʻ', '\'');
            default -> UzbekScript.toCyrillic(full).replace('ў', 'у').replace('Ў', 'У').replace('ғ', 'г')
                    .replace('Ғ', 'Г').replace('қ', 'к').replace('Қ', 'К').replace('ҳ', 'х').replace('Ҳ', 'Х');
        };
    }

    /** 50 enforcement officers, real identity persons appointed to the Tashkent city office. */
    private static List<UUID> officers(ConfigurableApplicationContext context) {
        var agencies = context.getBean(Agencies.class);
        var persons = context.getBean(Persons.class);
        var appointments = context.getBean(Officers.class);
        var office = agencies.create("MBB.1726", null, Agency.Level.REGIONAL, new LocalizedText(
                "Majburiy ijro byurosi Toshkent shahar boshqarmasi", "Мажбурий ижро бюроси Тошкент шаҳар бошқармаси",
                "Управление БПИ по городу Ташкенту", "Tashkent City Office of the Enforcement Bureau"), "1726");
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < OFFICERS; i++) {
            var pinfl = Pinfl.of(LocalDate.of(1985, 1, 1).plusDays(i), Sex.MALE, 999, 1 + i);
            var surname = SURNAMES.get(i % SURNAMES.size());
            var given = NAMES.get(i % NAMES.size());
            var person = persons.register(new NewPerson(pinfl, new PersonName(surname, given, null),
                    new PersonName(UzbekScript.toCyrillic(surname), UzbekScript.toCyrillic(given), null),
                    pinfl.birthDate(), Sex.MALE, null, null));
            ids.add(appointments.appoint(person, office, "Davlat ijrochisi", Set.of("ENFORCEMENT_OFFICER")).id());
        }
        return ids;
    }

    /** COPYs {@code total} signed writs and their cases; the open ones, for the load generator to ask for. */
    private static List<Seeded> seed(DataSource dataSource, Divisions divisions, List<UUID> officers, int total)
            throws Exception {
        var districts = divisions.districtsOf(new Soato("1726")).stream().map(d -> d.soato().value()).toList();
        var open = new ArrayList<Seeded>();
        var random = new SplittableRandom(7);
        int chunk = 100_000;
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < total; from += chunk) {
                var writs = new StringBuilder();
                var cases = new StringBuilder();
                for (int i = from; i < Math.min(total, from + chunk); i++) {
                    var born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
                    var sex = random.nextInt(4) == 0 ? Sex.FEMALE : Sex.MALE;
                    var pinfl = Pinfl.of(born, sex, 1 + i % 999, 1 + (i / 999) % 999);
                    var surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
                    var given = NAMES.get(random.nextInt(NAMES.size()));
                    var father = FATHERS.get(random.nextInt(FATHERS.size()));
                    var latin = surname + " " + given + " " + father + (random.nextBoolean() ? "ovich" : " oʻgʻli");
                    var written = random.nextInt(10) < 3 ? UzbekScript.toCyrillic(latin) : latin;
                    var writ = "IV-2026-%07d".formatted(i + 1);
                    var number = "IJ-2026-%07d".formatted(i + 1);
                    long amount = 10_000_00L + random.nextLong(100_000_000_00L);
                    boolean closed = random.nextInt(10) == 0;
                    writs.append(writ).append("\tSC\t2-").append(i + 1).append("/2026\t2026-01-15\t301234567\t")
                            .append("\"Toshkent Non\" MChJ\t").append(pinfl.value()).append('\t').append(written)
                            .append("\tMONEY_RECOVERY\t").append(amount)
                            .append("\t30101199000011\t2026-01-20 10:00:00+05\tSIGNED\t\\\\x00\t30101199000011\t")
                            .append("2026-01-20 10:05:00+05\t").append(i + 1).append('\n');
                    cases.append(number).append('\t').append(writ).append('\t').append(pinfl.value()).append('\t')
                            .append("MBB.1726.").append(districts.get(i % districts.size())).append('\t')
                            .append(officers.get(i % officers.size())).append("\tMONEY_RECOVERY\t").append(amount)
                            .append('\t').append(closed ? amount : random.nextLong(amount / 2)).append('\t')
                            .append(closed ? "CLOSED" : "OPEN").append("\t2026-01-25\t2026-01-20 10:06:00+05\t")
                            .append(closed ? "2026-03-01 12:00:00+05\tPAID" : "\\N\t\\N").append('\n');
                    if (!closed) {
                        open.add(new Seeded(number, pinfl, surname, given, father));
                    }
                }
                copy.copyIn("copy enforcement.writ (number, court, decision_number, decision_date, creditor_stir, "
                        + "creditor_name, debtor_pinfl, debtor_name, claim_type, amount_tiyin, author, issued_at, "
                        + "status, signature, signed_by, signed_at, ledger_sequence) from stdin",
                        new StringReader(writs.toString()));
                copy.copyIn("copy enforcement.enforcement_case (number, writ_number, debtor_pinfl, agency, officer, "
                        + "claim_type, amount_tiyin, recovered_tiyin, status, voluntary_until, opened_at, closed_at, "
                        + "close_reason) from stdin", new StringReader(cases.toString()));
            }
        }
        return open;
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + uri + " " + response.body());
        }
        return response.body();
    }
}
