package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.appeals.internal.Deadlines;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;
import uz.yagona.notifications.Notifications;
import uz.yagona.shared.LocalizedText;
import uz.yagona.signature.Signatures;

/**
 * The bodies' side of appeals over HTTP: a dispatcher routes, the district body asks for more, answers with a
 * signature and is rated; the applicant complains above; an overdue appeal escalates to the superior body; the
 * head extends once; every body sees only its own appeals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessingTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PIN = "731904";
    private static final AtomicInteger bodies = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Clients clients;

    @Autowired
    Agencies agencies;

    @Autowired
    Persons persons;

    @Autowired
    Signatures signatures;

    @Autowired
    Notifications notifications;

    @Autowired
    Processing processing;

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcTemplate jdbc;

    /** A ministry with a district office, each with an official who signs; a dispatcher. */
    record Bodies(String ministry, String district, String districtToken, String keySerial, String ministryToken,
            String headToken, String dispatcherToken) {
    }

    @Test
    void aDispatchedAppealIsAskedAboutAnsweredWithASignatureRatedAndComplainedAboutAbove() throws Exception {
        var bodies = bodies();
        var applicant = citizens.withAccount();
        var token = token(applicant.value(), TestCitizens.PASSWORD, null);
        var number = file(token, "Qishloq vrachlik punktida ikki haftadan beri shifokor yoʻq, bemorlar tumanga "
                + "borishga majbur. Shifokor tayinlashingizni soʻrayman.");

        var routed = post(bodies.dispatcherToken(), "/api/v1/appeals/dispatch/" + number,
                "{\"topic\":\"healthcare\",\"agency\":\"%s\"}".formatted(bodies.district()), "en");
        assertThat(routed.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select topic from appeals.correction where number = ?", String.class, number))
                .isEqualTo("healthcare");

        var queue = JSON.readTree(get(bodies.districtToken(), "/api/v1/appeals/office/queue", "en").body());
        var item = find(queue, number);
        assertThat(item.get("daysLeft").asLong()).isBetween(0L, 20L);
        assertThat(numbers(JSON.readTree(get(bodies.ministryToken(), "/api/v1/appeals/office/queue", "en").body())))
                .doesNotContain(number);
        assertThat(get(bodies.ministryToken(), "/api/v1/appeals/office/" + number, "en").statusCode()).isEqualTo(404);

        var asked = post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/info-request",
                "{\"question\":\"Qaysi qishloq va qaysi punkt? Manzilni yozing.\"}", "en");
        assertThat(JSON.readTree(asked.body()).get("status").asString()).isEqualTo("INFO_REQUESTED");
        var registered = LocalDate.parse(JSON.readTree(get(token, "/api/v1/appeals/" + number, "en").body())
                .get("registeredOn").asString());
        assertThat(LocalDate.parse(JSON.readTree(asked.body()).get("due").asString())).isEqualTo(
                deadlines.forStudy(deadlines.term(AppealKind.APPLICATION, registered)).due());
        var notAFile = post(token, "/api/v1/appeals/" + number + "/reply", """
                {"text":"Bogʻishamol qishlogʻi, 3-QVP.","attachment":{"filename":"map.png","contentBase64":"%s"}}"""
                .formatted(Base64.getEncoder().encodeToString("not a picture".getBytes(StandardCharsets.UTF_8))),
                "en");
        assertThat(notAFile.statusCode()).isEqualTo(400);
        assertThat(notAFile.body()).contains("\"field\":\"attachment\"");
        assertThat(jdbc.queryForObject("select status from appeals.appeal where number = ?", String.class, number))
                .isEqualTo("INFO_REQUESTED");
        var pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var replied = post(token, "/api/v1/appeals/" + number + "/reply", """
                {"text":"Bogʻishamol qishlogʻi, 3-QVP.","attachment":{"filename":"map.pdf","contentBase64":"%s"}}"""
                .formatted(Base64.getEncoder().encodeToString(pdf)), "en");
        assertThat(JSON.readTree(replied.body()).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(JSON.readTree(replied.body()).get("attachments").get(0).get("mediaType").asString())
                .isEqualTo("application/pdf");
        var file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/appeals/" + number + "/attachments/1")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(get(token(citizens.withAccount().value(), TestCitizens.PASSWORD, null),
                "/api/v1/appeals/" + number + "/attachments/1", "en").statusCode()).isEqualTo(404);

        assertThat(post(token, "/api/v1/appeals/" + number + "/rating", "{\"score\":5}", "en").statusCode())
                .isEqualTo(409);
        var answer = "Bogʻishamol 3-QVPga 1-dekabrdan umumiy amaliyot shifokori tayinlandi.";
        var answered = post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/answer",
                "{\"answer\":\"%s\",\"keySerial\":\"%s\",\"pin\":\"%s\"}".formatted(answer, bodies.keySerial(), PIN),
                "en");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).get("status").asString()).isEqualTo("ANSWERED");
        var mine = JSON.readTree(get(token, "/api/v1/appeals/" + number, "en").body());
        var signature = Base64.getDecoder().decode(mine.get("answer").get("signatureBase64").asString());
        assertThat(mine.get("answer").get("text").asString()).isEqualTo(answer);
        assertThat(signatures.verify(answer.getBytes(StandardCharsets.UTF_8), signature).valid()).isTrue();
        assertThat(signatures.verify("another answer".getBytes(StandardCharsets.UTF_8), signature).valid()).isFalse();
        var person = persons.findByPinfl(applicant).orElseThrow().id();
        assertThat(notifications.notices(person)).anySatisfy(notice ->
                assertThat(notice.body()).contains(number, "signed answer"));

        assertThat(post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/answer",
                "{\"answer\":\"again\",\"keySerial\":\"%s\",\"pin\":\"%s\"}".formatted(bodies.keySerial(), PIN), "en")
                .statusCode()).isEqualTo(409);
        assertThat(post(token, "/api/v1/appeals/" + number + "/rating", "{\"score\":6}", "en").body())
                .contains("\"field\":\"score\"");
        assertThat(post(token, "/api/v1/appeals/" + number + "/rating", "{\"score\":2,\"comment\":\"Kech\"}", "en")
                .statusCode()).isEqualTo(204);
        assertThat(post(token, "/api/v1/appeals/" + number + "/rating", "{\"score\":5}", "en").statusCode())
                .isEqualTo(409);

        var stranger = token(citizens.withAccount().value(), TestCitizens.PASSWORD, null);
        assertThat(post(stranger, "/api/v1/appeals/" + number + "/complaint",
                "{\"text\":\"Men ham shikoyat qilaman, javob notoʻgʻri berilgan.\"}", "en").statusCode()).isEqualTo(404);
        var complaint = post(token, "/api/v1/appeals/" + number + "/complaint",
                "{\"text\":\"Shifokor faqat haftada bir kun keladi, javob haqiqatga toʻgʻri kelmaydi.\"}", "en");
        assertThat(complaint.statusCode()).isEqualTo(201);
        var above = JSON.readTree(complaint.body());
        assertThat(above.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(above.get("agency").asString()).isEqualTo(bodies.ministry());
        assertThat(above.get("earlier").asString()).isEqualTo(number);
        assertThat(numbers(JSON.readTree(get(bodies.ministryToken(), "/api/v1/appeals/office/queue", "en").body())))
                .contains(above.get("number").asString());
    }

    @Test
    void anOverdueAppealEscalatesOnceToTheSuperiorBodyAndTheHeadExtendsTheTermOnce() throws Exception {
        var bodies = bodies();
        var token = token(citizens.withAccount().value(), TestCitizens.PASSWORD, null);
        var number = file(token, "Uyimiz oldidagi yoʻlni yil boshida qazib ketishgan, hali ham koʻmilmagan, "
                + "bolalar chuqurga tushib ketishi mumkin.");
        post(bodies.dispatcherToken(), "/api/v1/appeals/dispatch/" + number,
                "{\"topic\":\"roads-transport\",\"agency\":\"%s\"}".formatted(bodies.district()), "en");
        var due = LocalDate.parse(JSON.readTree(get(bodies.districtToken(), "/api/v1/appeals/office/" + number,
                "en").body()).get("due").asString());

        assertThat(processing.escalateOverdue(due)).doesNotContain(number);
        assertThat(processing.escalateOverdue(due.plusDays(1))).contains(number);
        assertThat(processing.escalateOverdue(due.plusDays(2))).doesNotContain(number);
        var escalated = find(JSON.readTree(get(bodies.ministryToken(), "/api/v1/appeals/office/queue", "en").body()),
                number);
        assertThat(escalated.get("escalatedTo").asString()).isEqualTo(bodies.ministry());
        assertThat(jdbc.queryForObject("select count(*) from appeals.decision where number = ? and kind = 'ESCALATION'",
                Long.class, number)).isEqualTo(1);

        var lastDay = JSON.readTree(get(token, "/api/v1/appeals/" + number, "en").body());
        var term = deadlines.term(AppealKind.APPLICATION, LocalDate.parse(lastDay.get("registeredOn").asString()));
        assertThat(post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/extension",
                "{\"until\":\"%s\",\"reason\":\"Tekshiruv\"}".formatted(term.lastDay().plusDays(10)), "en")
                .statusCode()).isEqualTo(403);
        var tooFar = post(bodies.headToken(), "/api/v1/appeals/office/" + number + "/extension",
                "{\"until\":\"%s\",\"reason\":\"Tekshiruv\"}".formatted(term.lastDay().plusMonths(2)), "en");
        assertThat(tooFar.statusCode()).isEqualTo(400);
        var extended = post(bodies.headToken(), "/api/v1/appeals/office/" + number + "/extension",
                "{\"until\":\"%s\",\"reason\":\"Pudratchi tanlanmoqda\"}".formatted(term.lastDay().plusDays(20)), "en");
        assertThat(extended.statusCode()).isEqualTo(200);
        assertThat(LocalDate.parse(JSON.readTree(extended.body()).get("due").asString()))
                .isAfterOrEqualTo(term.lastDay().plusDays(20));
        var again = post(bodies.headToken(), "/api/v1/appeals/office/" + number + "/extension",
                "{\"until\":\"%s\",\"reason\":\"Yana\"}".formatted(term.lastDay().plusDays(25)), "en");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("only once");
    }

    @Test
    void badStepsAreProblemsNamingTheFieldOrTheRuleAndChangeNothing() throws Exception {
        var bodies = bodies();
        var token = token(citizens.withAccount().value(), TestCitizens.PASSWORD, null);
        var number = file(token, "Mahallamizda kechasi baland ovozda musiqa qoʻyiladi, uxlab boʻlmaydi, iltimos chora "
                + "koʻring.");
        assertThat(post(token, "/api/v1/appeals/dispatch/" + number,
                "{\"topic\":\"public-order\",\"agency\":\"%s\"}".formatted(bodies.district()), "en").statusCode())
                .isEqualTo(403);
        var unknownTopic = post(bodies.dispatcherToken(), "/api/v1/appeals/dispatch/" + number,
                "{\"topic\":\"noise\",\"agency\":\"%s\"}".formatted(bodies.district()), "ru");
        assertThat(unknownTopic.statusCode()).isEqualTo(400);
        assertThat(unknownTopic.body()).contains("\"field\":\"topic\"", "Нет темы");
        post(bodies.dispatcherToken(), "/api/v1/appeals/dispatch/" + number,
                "{\"topic\":\"public-order\",\"agency\":\"%s\"}".formatted(bodies.district()), "en");

        var wrongPin = post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/answer",
                "{\"answer\":\"Chora koʻrildi.\",\"keySerial\":\"%s\",\"pin\":\"000000\"}".formatted(bodies.keySerial()),
                "en");
        assertThat(wrongPin.statusCode()).isEqualTo(400);
        assertThat(wrongPin.body()).contains("\"field\":\"pin\"");
        var empty = post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/answer",
                "{\"answer\":\"  \",\"keySerial\":\"%s\",\"pin\":\"%s\"}".formatted(bodies.keySerial(), PIN), "en");
        assertThat(empty.body()).contains("\"field\":\"answer\"");
        var nowhere = post(bodies.districtToken(), "/api/v1/appeals/office/" + number + "/forward",
                "{\"agency\":\"NOWHERE.1\",\"reason\":\"Vakolat\"}", "en");
        assertThat(nowhere.body()).contains("\"field\":\"agency\"");
        var badDate = post(bodies.headToken(), "/api/v1/appeals/office/" + number + "/extension",
                "{\"until\":\"next week\",\"reason\":\"x\"}", "en");
        assertThat(badDate.body()).contains("\"field\":\"until\"");

        var now = JSON.readTree(get(bodies.districtToken(), "/api/v1/appeals/office/" + number, "en").body());
        assertThat(now.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(now.get("agency").asString()).isEqualTo(bodies.district());
        assertThat(jdbc.queryForObject("select count(*) from appeals.answer where number = ?", Long.class, number))
                .isZero();
    }

    private Bodies bodies() throws Exception {
        var code = "AQ" + letters(bodies.incrementAndGet());
        var ministry = agencies.create(code, null, Agency.Level.MINISTRY,
                LocalizedText.transliterated("Sinov vazirligi", "Тестовое министерство", "Test ministry"), null);
        var district = code + ".1726266";
        agencies.create(district, ministry, Agency.Level.DISTRICT,
                LocalizedText.transliterated("Sinov boʻlimi", "Тестовый отдел", "Test office"), "1726266");
        var officer = citizens.appointedTo(district, Processing.OFFICER);
        var serial = signatures.enrol(officer.login().pinfl(), PIN, "OFFICIAL:" + officer.officer().id()).serial();
        var above = citizens.appointedTo(code, Processing.OFFICER);
        var head = citizens.appointedTo(district, Processing.HEAD);
        var dispatcher = citizens.appointedTo("PVR", Processing.DISPATCHER);
        return new Bodies(code, district, token(officer.login()), serial, token(above.login()), token(head.login()),
                token(dispatcher.login()));
    }

    private static String letters(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            out.append((char) ('A' + n % 26));
            n /= 26;
        }
        return out.toString();
    }

    private String file(String token, String text) throws Exception {
        var filed = post(token, "/api/v1/appeals", "{\"kind\":\"APPLICATION\",\"text\":\"%s\"}".formatted(text), "en");
        assertThat(filed.statusCode()).isEqualTo(201);
        return JSON.readTree(filed.body()).get("number").asString();
    }

    private String token(TestCitizens.Login login) throws Exception {
        return token(login.pinflValue(), login.password(), login.totpSecret());
    }

    private String token(String pinfl, String password, String totp) throws Exception {
        return TokenFlows.accessToken(port, clients, pinfl, password, totp);
    }

    private HttpResponse<String> post(String token, String path, String json, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode find(JsonNode list, String number) {
        for (var item : list) {
            if (item.get("number").asString().equals(number)) {
                return item;
            }
        }
        throw new AssertionError(number + " not in " + list);
    }

    private static List<String> numbers(JsonNode list) {
        var numbers = new ArrayList<String>();
        list.forEach(item -> numbers.add(item.get("number").asString()));
        return numbers;
    }
}
