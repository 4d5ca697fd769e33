package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import uz.yagona.identity.LegalEntities;
import uz.yagona.payments.Payments;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The public debtor search over real HTTP against the real database: a signed writ's open case is found by PINFL,
 * by STIR for an entity, and by name and birth date however the name is spelt; a closed case is not; the answer
 * carries only public fields; every bad input is a 400 problem naming the field in the caller's language; and
 * a client over the (here low) per-minute limit gets a 429 with Retry-After on the API and the page alike.
 * Each request comes from its own address ({@code X-Forwarded-For}) unless a test is about the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "yagona.enforcement.public-search.per-minute=4")
class DebtorSearchTests {

    private static final String YUNUSOBOD = "MBB.1726.1726266";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final AtomicInteger ENTITIES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    EnforcementCases cases;

    @Autowired
    Payments payments;

    @Autowired
    LegalEntities entities;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPersonsOpenCaseIsFoundByPinflAndByNameInEveryScriptAndSpellingWithOnlyPublicFields() throws Exception {
        court.officer(port, YUNUSOBOD);
        var debtor = court.debtor(port);
        var opened = openCase(debtor.pinfl(), "Oʻrinboyev Gʻayrat Xolmatovich", 1_250_000_00L);
        var born = debtor.pinfl().birthDate().toString();

        var byPinfl = search("pinfl=" + debtor.pinfl().value(), "en", freshClient());
        assertThat(byPinfl.statusCode()).as(text(byPinfl)).isEqualTo(200);
        var found = single(body(byPinfl), opened.number());
        assertThat(found.get("debtorName").asString()).isEqualTo("Oʻrinboyev Gʻayrat Xolmatovich");
        assertThat(found.get("amountDue").asString()).isEqualTo("1250000.00");
        assertThat(found.get("currency").asString()).isEqualTo("UZS");
        assertThat(found.get("claimType").asString()).isEqualTo("MONEY_RECOVERY");
        assertThat(found.get("district").asString()).isEqualTo("Yunusabad district");
        assertThat(found.get("officer").asString()).matches("\\S+ \\S\\.( \\S\\.)?");
        var fields = new ArrayList<String>();
        found.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("caseNumber", "debtorName", "amountDue", "currency", "claimType",
                "district", "officer");
        assertThat(text(byPinfl)).doesNotContain(debtor.pinfl().value(), "pinfl", "address", "account",
                opened.invoiceNumber());

        var inRussian = single(body(search("pinfl=" + debtor.pinfl().value(), "ru", freshClient())), opened.number());
        assertThat(inRussian.get("district").asString()).isEqualTo("Юнусабадский район");

        for (var spelling : List.of("OʻRINBOYEV   gʻayrat", "Ўринбоев Ғайрат Холматович", "уринбаев гайрат",
                "O'rinboyev G`ayrat", "O‘rinboyev G’ayrat xolmatovich", "Gʻayrat Oʻrinboyev")) {
            var byName = search("name=" + encode(spelling) + "&birthDate=" + born, "uz-Latn", freshClient());
            assertThat(byName.statusCode()).as(spelling + ": " + text(byName)).isEqualTo(200);
            assertThat(numbers(body(byName))).as(spelling).contains(opened.number());
        }
        // the birth date, the given name and a patronymic that is given all count
        assertThat(body(search("name=" + encode("Oʻrinboyev Gʻayrat") + "&birthDate="
                + debtor.pinfl().birthDate().plusDays(1), "en", freshClient()))).isEmpty();
        assertThat(numbers(body(search("name=" + encode("Oʻrinboyev Sardor") + "&birthDate=" + born, "en",
                freshClient())))).doesNotContain(opened.number());
        assertThat(numbers(body(search("name=" + encode("Oʻrinboyev Gʻayrat Botirovich") + "&birthDate=" + born,
                "en", freshClient())))).doesNotContain(opened.number());
    }

    @Test
    void anEntityIsFoundByStirAndANonMonetaryClaimHasNoAmount() throws Exception {
        var stir = new Stir("2" + String.format("%08d", 7_000_000 + ENTITIES.incrementAndGet()));
        entities.register(stir, "\"Qarzdor Qurilish\" MChJ", "MCHJ", LocalDate.of(2019, 3, 1));
        var writ = new HashMap<String, Object>(Court.moneyWrit(court.debtor(port).pinfl(), 1L));
        writ.put("debtor", Map.of("stir", stir.value(), "name", "\"Qarzdor Qurilish\" MChJ"));
        writ.put("debtorDistrict", "1726266");
        writ.put("claimType", "NON_MONETARY");
        writ.remove("amount");
        writ.put("obligation", "Binoni boʻshatib berish");
        var number = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        var opened = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(number), c -> c.isPresent())
                .orElseThrow();

        var response = search("stir=" + stir.value(), "uz-Cyrl", freshClient());
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        var found = single(body(response), opened.number());
        assertThat(found.get("debtorName").asString()).isEqualTo("\"Qarzdor Qurilish\" MChJ");
        assertThat(found.get("claimType").asString()).isEqualTo("NON_MONETARY");
        assertThat(found.get("amountDue").isNull()).isTrue();
        assertThat(found.get("district").asString()).isEqualTo("Юнусобод тумани");
        assertThat(text(response)).doesNotContain(stir.value(), "Binoni");

        assertThat(body(search("stir=299999999", "en", freshClient()))).isEmpty();
    }

    @Test
    void aClosedCaseIsNotFoundAnyMore() throws Exception {
        var debtor = court.debtor(port);
        var opened = openCase(debtor.pinfl(), "Tursunov Bahodir", 300_000_00L);
        var byName = "name=" + encode("Турсунов Баходир") + "&birthDate=" + debtor.pinfl().birthDate();
        assertThat(numbers(body(search(byName, "en", freshClient())))).contains(opened.number());

        var invoice = payments.findByNumber(opened.invoiceNumber()).orElseThrow();
        assertThat(payments.credit("sandbox", new ProviderTransaction("sandbox-" + UUID.randomUUID(),
                invoice.number(), invoice.amount(), Instant.now()))).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(opened.number()).orElseThrow().status(),
                status -> status == CaseStatus.CLOSED);

        assertThat(numbers(body(search("pinfl=" + debtor.pinfl().value(), "en", freshClient()))))
                .doesNotContain(opened.number());
        assertThat(numbers(body(search(byName, "en", freshClient())))).doesNotContain(opened.number());
        assertThat(jdbc.sql("select count(*) from enforcement.public_debtor where case_number = ?")
                .param(opened.number()).query(Long.class).single()).isZero();
    }

    @Test
    void everyBadInputIsAProblemNamingTheFieldAndRuleInTheCallersLanguage() throws Exception {
        var valid = court.debtor(port).pinfl().value();
        var wrongCheck = valid.substring(0, 13) + (char) ('0' + (valid.charAt(13) - '0' + 1) % 10);
        String[][] cases = {
            {"", "stir,pinfl,name", "enforcement.search.criteria"},
            {"stir=301234567&pinfl=" + valid, "stir,pinfl", "enforcement.search.criteria"},
            {"pinfl=" + valid + "&name=Karimov+Jasur&birthDate=1990-01-01", "pinfl,name",
                "enforcement.search.criteria"},
            {"stir=12345", "stir", "stir.format"},
            {"stir=912345678", "stir", "stir.range"},
            {"pinfl=1234", "pinfl", "pinfl.format"},
            {"pinfl=" + wrongCheck, "pinfl", "pinfl.checkDigit"},
            {"name=Karimov+Jasur&birthDate=1990-13-45", "birthDate", "enforcement.search.birthDate"},
            {"name=Karimov+Jasur&birthDate=17.05.1990", "birthDate", "enforcement.search.birthDate"},
            {"name=Karimov+Jasur&birthDate=" + LocalDate.now().plusYears(1), "birthDate",
                "enforcement.search.birthDate"},
            {"name=Karimov+Jasur", "birthDate", "enforcement.search.birthDateRequired"},
            {"birthDate=1990-01-01", "name", "enforcement.search.nameRequired"},
            {"name=Karimov&birthDate=1990-01-01", "name", "enforcement.search.nameShort"},
            {"name=" + "Karimov+".repeat(20) + "&birthDate=1990-01-01", "name", "enforcement.search.nameLong"},
        };
        for (var bad : cases) {
            var response = search(bad[0], "ru", freshClient());
            assertThat(response.statusCode()).as(bad[0] + ": " + text(response)).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
            var error = body(response).get("errors").get(0);
            assertThat(error.get("field").asString()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(error.get("rule").asString()).as(bad[0]).isEqualTo(bad[2]);
            assertThat(error.get("message").asString()).as(bad[0]).containsPattern("\\p{IsCyrillic}{3}")
                    .doesNotContain(bad[2]);
        }
        var english = body(search("name=Karimov+Jasur", "en", freshClient()));
        assertThat(english.get("detail").asString()).isEqualTo("With a name, give the birth date too.");
        assertThat(body(search("pinfl=" + valid, "en", freshClient())).isArray()).isTrue();
    }

    @Test
    void aClientOverTheLimitGets429WithRetryAfterOnTheApiAndThePageAndOthersAreServed() throws Exception {
        var debtor = court.debtor(port);
        var opened = openCase(debtor.pinfl(), "Rahimova Dilnoza", 100_000_00L);
        var client = freshClient();
        for (int i = 0; i < 4; i++) {
            var allowed = search("pinfl=" + debtor.pinfl().value(), "en", client);
            assertThat(allowed.statusCode()).as("search %d: %s", i + 1, text(allowed)).isEqualTo(200);
        }
        var refused = search("pinfl=" + debtor.pinfl().value(), "uz-Cyrl", client);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(body(refused).get("status").asInt()).isEqualTo(429);
        assertThat(body(refused).get("detail").asString()).contains("Бу манзилдан қидирувлар жуда кўп");
        assertThat(text(refused)).doesNotContain(opened.number());

        var page = get("/enforcement/debtors?lang=ru&pinfl=" + debtor.pinfl().value(), client);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(text(page)).contains("id=\"too-many\"", "Слишком много поисков").doesNotContain(opened.number());

        // another address is served, and the refused client's case is as it was
        assertThat(numbers(body(search("pinfl=" + debtor.pinfl().value(), "en", freshClient()))))
                .containsExactly(opened.number());
        assertThat(cases.find(opened.number()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void thePageShowsTheOpenCasesAndErrorsBesideTheFieldInTheReadersLanguage() throws Exception {
        var debtor = court.debtor(port);
        var opened = openCase(debtor.pinfl(), "Qodirov Sherzod", 2_000_000_00L);

        var empty = get("/enforcement/debtors?lang=uz-Latn", freshClient());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(text(empty)).contains("Qarzdorlarni qidirish", "id=\"name\"", "id=\"pinfl\"", "id=\"stir\"")
                .doesNotContain("id=\"results\"");

        var found = get("/enforcement/debtors?lang=en&name=" + encode("Кодиров Шерзод") + "&birthDate="
                + debtor.pinfl().birthDate(), freshClient());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(text(found)).contains("id=\"case-" + opened.number() + "\"", "Qodirov Sherzod",
                "2,000,000.00", "Yunusabad district").doesNotContain(debtor.pinfl().value());

        var bad = get("/enforcement/debtors?lang=ru&pinfl=123", freshClient());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("id=\"pinfl-error\"", "ПИНФЛ", "aria-invalid=\"true\"");

        var none = get("/enforcement/debtors?lang=uz-Cyrl&stir=299999998", freshClient());
        assertThat(text(none)).contains("id=\"no-results\"", "Очиқ ижро ишлари топилмади");

        var verify = get("/enforcement/writs/verify?lang=en", freshClient());
        assertThat(text(verify)).contains("href=\"/enforcement/debtors\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheSearchItsAmountAndItsLimit() throws Exception {
        var document = get("/v3/api-docs", freshClient());
        assertThat(document.statusCode()).isEqualTo(200);
        var search = body(document).get("paths").get("/api/v1/enforcement/debtors").get("get");
        assertThat(search.get("responses").propertyNames()).contains("200", "400", "429");
        assertThat(search.get("description").asString()).contains("Retry-After", "OPEN");
        assertThat(text(document)).contains("1250000.00");
    }

    private EnforcementCase openCase(Pinfl debtor, String name, long amountTiyin) throws Exception {
        var writ = new HashMap<String, Object>(Court.moneyWrit(debtor, amountTiyin));
        writ.put("debtor", Map.of("pinfl", debtor.value(), "name", name));
        var number = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        return await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(number), c -> c.isPresent())
                .orElseThrow();
    }

    /** A client address of its own (documentation range 198.18.0.0/15), so tests do not share a bucket. */
    private static String freshClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private HttpResponse<byte[]> search(String query, String language, String client) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enforcement/debtors"
                        + (query.isEmpty() ? "" : "?" + query)))
                .header("Accept-Language", language).header("X-Forwarded-For", client + ", 10.0.0.1");
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String client) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode single(JsonNode list, String number) {
        assertThat(numbers(list)).containsExactly(number);
        return list.get(0);
    }

    private static List<String> numbers(JsonNode list) {
        var numbers = new ArrayList<String>();
        list.forEach(c -> numbers.add(c.get("caseNumber").asString()));
        return numbers;
    }
}
