package uz.yagona.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.Receipt;
import uz.yagona.shared.InvalidValueException;

/** Licences issued, changed and verified over real HTTP against real PostgreSQL and the real ledger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LicencesApiTests {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final LocalDate FROM = LocalDate.now().minusDays(1);
    private static final LocalDate UNTIL = FROM.plusYears(5);

    @Autowired
    Licences licences;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private Licence pharmacy() {
        return licences.issue("pharmacy", "301234567", "“Shifo Farm” MChJ", "Dorixona: Toshkent, Chilonzor 5",
                FROM, UNTIL, "MOH");
    }

    @Test
    void anIssuedLicenceVerifiesAsValidAndIntactWithItsLedgerEntry() throws Exception {
        var licence = pharmacy();
        assertThat(licence.number()).matches("L-\\d{4}-\\d{6}");

        var body = getJson(licence.number(), "en");
        assertThat(body.get("number").asString()).isEqualTo(licence.number());
        assertThat(body.get("status").asString()).isEqualTo("VALID");
        assertThat(body.get("intact").asBoolean()).isTrue();
        assertThat(body.get("typeName").asString()).isEqualTo("Pharmaceutical activity");
        assertThat(body.get("holderName").asString()).isEqualTo("“Shifo Farm” MChJ");

        // the index points at a ledger entry for this licence whose digest is the recomputed one
        var entry = ledger.entry(body.get("ledgerIndex").asLong()).orElseThrow().entry();
        assertThat(entry.type()).isEqualTo("licensing.licence");
        assertThat(entry.reference()).isEqualTo(licence.number());
        assertThat(entry.digest().hex()).isEqualTo(body.get("recomputedDigest").asString());
        assertThat(getJson(licence.number(), "uz").get("typeName").asString()).isEqualTo("Farmatsevtika faoliyati");
    }

    @Test
    void suspendResumeAndRevokeAreEachAnchoredAndRevocationIsFinal() throws Exception {
        var licence = pharmacy();
        var issuedIndex = getJson(licence.number(), "en").get("ledgerIndex").asLong();

        licences.suspend(licence.number(), "Inspection found expired medicines");
        var suspended = getJson(licence.number(), "en");
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("reason").asString()).isEqualTo("Inspection found expired medicines");
        assertThat(suspended.get("intact").asBoolean()).isTrue();
        assertThat(suspended.get("ledgerIndex").asLong()).isGreaterThan(issuedIndex);

        licences.resume(licence.number());
        assertThat(getJson(licence.number(), "en").get("status").asString()).isEqualTo("VALID");

        licences.revoke(licence.number(), "Court decision 12-345");
        var revoked = getJson(licence.number(), "en");
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("intact").asBoolean()).isTrue();
        assertThat(revoked.get("version").asInt()).isEqualTo(4);

        assertThatThrownBy(() -> licences.resume(licence.number())).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("rule", "licensing.transition.refused");
        assertThatThrownBy(() -> licences.suspend(licence.number(), "again"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> licences.revoke(licence.number(), "again"))
                .isInstanceOf(InvalidValueException.class);
        // refusals changed nothing, in the database or in the ledger
        var after = getJson(licence.number(), "en");
        assertThat(after.get("version").asInt()).isEqualTo(4);
        assertThat(after.get("ledgerIndex").asLong()).isEqualTo(revoked.get("ledgerIndex").asLong());
        assertThat(jdbc.sql("select count(*) from licensing.licence_state where number = ?")
                .param(licence.number()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aRowAlteredDirectlyInTheDatabaseIsReportedAsNotIntact() throws Exception {
        var licence = pharmacy();
        assertThat(getJson(licence.number(), "en").get("intact").asBoolean()).isTrue();

        jdbc.sql("update licensing.licence set valid_until = valid_until + 3650 where number = ?")
                .param(licence.number()).update();
        var tampered = getJson(licence.number(), "en");
        assertThat(tampered.get("intact").asBoolean()).isFalse();
        assertThat(tampered.get("recomputedDigest").asString())
                .isNotEqualTo(tampered.get("ledgerDigest").asString());

        // reverting a revoked licence to VALID by SQL is caught as well
        var revoked = pharmacy();
        licences.revoke(revoked.number(), "Fraud");
        jdbc.sql("update licensing.licence set state = 'VALID', reason = null where number = ?")
                .param(revoked.number()).update();
        assertThat(licences.verify(revoked.number()).intact()).isFalse();
    }

    @Test
    void unknownAndMalformedNumbersAreProblemsInTheCallersLanguage() throws Exception {
        var unknown = get("L-1999-999999", "ru");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(unknown.body()).get("detail").asString())
                .isEqualTo("Лицензии с номером L-1999-999999 не существует.");
        assertThat(json.readTree(get("L-1999-999999", "uz").body()).get("detail").asString())
                .isEqualTo("L-1999-999999 raqamli litsenziya mavjud emas.");

        var malformed = get("12345", "en");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(malformed.body()).contains("licensing.number.format")
                .contains("A licence number looks like L-2026-000001.");
        assertThat(get("L-2026-00000x", "en").statusCode()).isEqualTo(400);
    }

    @Test
    void badIssuesAreRefusedAndChangeNothing() {
        long before = jdbc.sql("select count(*) from licensing.licence").query(Long.class).single();
        assertThatThrownBy(() -> licences.issue("casino", "301234567", "X", "Y", FROM, UNTIL, "MOH"))
                .hasFieldOrPropertyWithValue("rule", "licensing.type.unknown");
        assertThatThrownBy(() -> licences.issue("pharmacy", "12ab", "X", "Y", FROM, UNTIL, "MOH"))
                .hasFieldOrPropertyWithValue("rule", "licensing.holder.format");
        assertThatThrownBy(() -> licences.issue("pharmacy", "301234567", "X", "Y", FROM, UNTIL, "MVD"))
                .hasFieldOrPropertyWithValue("rule", "licensing.agency.mismatch");
        assertThatThrownBy(() -> licences.issue("pharmacy", "301234567", "X", "Y", UNTIL, FROM, "MOH"))
                .hasFieldOrPropertyWithValue("rule", "licensing.validity.order");
        assertThatThrownBy(() -> licences.issue("pharmacy", "301234567", " ", "Y", FROM, UNTIL, "MOH"))
                .hasFieldOrPropertyWithValue("rule", "licensing.text.length");
        assertThat(jdbc.sql("select count(*) from licensing.licence").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anExpiredLicenceIsReportedExpired() throws Exception {
        var old = licences.issue("education", "12345678901234", "Bilim Markazi", "Til kurslari",
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "MOE");
        assertThat(old.number()).startsWith("L-2020-");
        var body = getJson(old.number(), "en");
        assertThat(body.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(body.get("intact").asBoolean()).isTrue();
    }

    @Test
    void concurrentIssuesGetUniqueGapFreeNumbers() throws Exception {
        int count = 16;
        var year = 2031;
        List<Callable<Licence>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var n = i;
            tasks.add(() -> licences.issue("passenger-transport", "30000000" + (n % 10), "Avto " + n, "Yoʻnalish " + n,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "MOT"));
        }
        List<String> numbers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<Licence> f : pool.invokeAll(tasks)) {
                numbers.add(f.get().number());
            }
        }
        var suffixes = numbers.stream().map(s -> Long.parseLong(s.substring(7))).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(s -> s.startsWith("L-2031-"));
        for (int i = 0; i < count; i++) {
            assertThat(suffixes.get(i)).as("gap-free").isEqualTo(suffixes.get(0) + i);
        }
        // every one of them anchored
        for (var number : numbers) {
            var sequence = jdbc.sql("select ledger_sequence from licensing.licence_state where number = ?")
                    .param(number).query(Long.class).single();
            assertThat(ledger.awaitIncluded(new Receipt(sequence), Duration.ofSeconds(10))).isPresent();
        }
    }

    @Test
    void thePublicPageShowsStatusAndIntegrityInTheVisitorsLanguage() throws Exception {
        var licence = pharmacy();
        licences.suspend(licence.number(), "Tekshiruv");
        var ru = page("?number=" + licence.number(), "ru");
        assertThat(ru.statusCode()).isEqualTo(200);
        assertThat(ru.body()).contains("Проверка лицензии").contains("Приостановлена").contains("id=\"intact\"")
                .contains("Фармацевтическая деятельность");
        var uz = page("?number=" + licence.number(), "uz");
        assertThat(uz.body()).contains("Toʻxtatilgan").contains("Farmatsevtika faoliyati");
        assertThat(page("?number=" + licence.number(), "uz-Cyrl").body()).contains("Тўхтатилган");

        jdbc.sql("update licensing.licence set holder_name = 'Boshqa MChJ' where number = ?")
                .param(licence.number()).update();
        assertThat(page("?number=" + licence.number(), "en").body()).contains("id=\"altered\"")
                .contains("it has been altered");

        var unknown = page("?number=L-1999-999998", "en");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("There is no licence with number L-1999-999998.");
        assertThat(page("?number=abc", "en").body()).contains("A licence number looks like L-2026-000001.");
        assertThat(page("", "en").body()).contains("Check a licence").doesNotContain("id=\"result\"");
    }

    private HttpResponse<String> page(String query, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/licences/verify" + query))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String number, String language) throws Exception {
        var response = get(number, language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String number, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licences/" + number))
                .header("Accept", "application/json").header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
