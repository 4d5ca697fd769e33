package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.appeals.internal.Deadlines;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;
import uz.yagona.notifications.Notifications;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Filing appeals over the API with a citizen's bearer token: registration with the legal term, the applicant's
 * own appeals only, repeats linked (across scripts) or not reviewed again, representatives without authority,
 * collective appeals, retries, and bad input that stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AppealsApiTests {

    private static final AtomicInteger ENTITIES = new AtomicInteger();

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    static final String LEAK = "Yunusobod tumani 4-mavze 12-uy yertolasida uch kundan beri suv oqib yotibdi, "
            + "hid chiqmoqda, uy-joy mulkdorlari shirkati javob bermayapti. Quvurni tuzatib berishingizni soʻrayman.";

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Clients clients;

    @Autowired
    Persons persons;

    @Autowired
    LegalEntities entities;

    @Autowired
    Notifications notifications;

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFilesAnAppealThatIsRegisteredWithItsTermRoutedAndFollowedOnlyByThem() throws Exception {
        var pinfl = citizens.withAccount();
        var token = token(pinfl);
        var filed = post(token, "/api/v1/appeals", """
                {"kind":"complaint","text":"%s","district":"1726266","latitude":41.3661,"longitude":69.2874,
                 "address":"4-mavze, 12-uy","attachments":[{"filename":"photo.pdf","contentBase64":"%s"}]}"""
                .formatted(LEAK, Base64.getEncoder().encodeToString(PDF)), null, "en");

        assertThat(filed.statusCode()).isEqualTo(201);
        var appeal = JSON.readTree(filed.body());
        var number = appeal.get("number").asString();
        assertThat(number).matches("MUR-20[0-9]{2}-[0-9]{7}");
        assertThat(filed.headers().firstValue("Location")).hasValue("/api/v1/appeals/" + number);
        assertThat(appeal.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(appeal.get("channel").asString()).isEqualTo("API");
        var registered = LocalDate.parse(appeal.get("registeredOn").asString());
        assertThat(LocalDate.parse(appeal.get("due").asString()))
                .isEqualTo(deadlines.term(AppealKind.COMPLAINT, registered).due());
        assertThat(appeal.get("attachments").get(0).get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(appeal.get("attachments").get(0).get("sha256").asString()).hasSize(64);
        // routed by the model when it is sure enough, else waiting for a dispatcher: never left without a route
        var status = appeal.get("status").asString();
        assertThat(status).isIn("IN_REVIEW", "AWAITING_DISPATCH");
        assertThat(jdbc.queryForObject("select outcome from appeals.decision where number = ? and kind = 'ROUTING'",
                String.class, number)).isEqualTo(status.equals("IN_REVIEW") ? appeal.get("agency").asString()
                        : "DISPATCHER");
        assertThat(kinds(appeal.get("steps"))).startsWith("REGISTERED");

        var mine = JSON.readTree(get(token, "/api/v1/appeals", "en").body());
        assertThat(numbers(mine)).contains(number);
        assertThat(get(token, "/api/v1/appeals/" + number, "en").statusCode()).isEqualTo(200);
        var person = persons.findByPinfl(pinfl).orElseThrow().id();
        assertThat(notifications.notices(person)).anySatisfy(notice -> assertThat(notice.body()).contains(number));

        var stranger = token(citizens.withAccount());
        var refused = get(stranger, "/api/v1/appeals/" + number, "ru");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("У вас нет обращения с таким номером");
        assertThat(numbers(JSON.readTree(get(stranger, "/api/v1/appeals", "en").body()))).doesNotContain(number);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/appeals/" + number)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemNamingEachFieldInTheApplicantsLanguageAndStoresNothing() throws Exception {
        var pinfl = citizens.withAccount();
        var token = token(pinfl);

        var empty = post(token, "/api/v1/appeals", "{\"kind\":\"APPLICATION\",\"text\":\"   \"}", null, "uz");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(fields(empty)).containsExactly("text");
        assertThat(empty.body()).contains("Murojaat matnini yozing");

        var oversized = post(token, "/api/v1/appeals", "{\"kind\":\"APPLICATION\",\"text\":\"%s\"}"
                .formatted("suv ".repeat(5001)), null, "en");
        assertThat(fields(oversized)).containsExactly("text");
        assertThat(oversized.body()).contains("at most 20000 characters");

        var wrong = post(token, "/api/v1/appeals", """
                {"text":"%s","district":"1799999","latitude":55.75,"longitude":37.62,
                 "attachments":[{"filename":"virus.exe","contentBase64":"%s"},{"filename":"x.pdf","contentBase64":"@@"}]}"""
                .formatted(LEAK, Base64.getEncoder().encodeToString("MZ\u0090\u0000 not a document".getBytes())),
                null, "uz-Cyrl");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(fields(wrong)).contains("attachments[1]");
        var unknownKind = post(token, "/api/v1/appeals", "{\"kind\":\"PETITION\",\"text\":\"%s\"}".formatted(LEAK),
                null, "en");
        assertThat(fields(unknownKind)).containsExactly("kind");
        var broken = post(token, "/api/v1/appeals", """
                {"text":"%s","district":"1799999","latitude":55.75,"longitude":37.62,
                 "attachments":[{"filename":"virus.exe","contentBase64":"%s"}]}"""
                .formatted(LEAK, Base64.getEncoder().encodeToString("MZ not a document".getBytes())), null, "uz-Cyrl");
        assertThat(fields(broken)).containsExactlyInAnyOrder("kind", "district", "latitude", "attachments[0]");
        assertThat(broken.body()).contains("Фақат PDF, JPEG ёки PNG файл бириктириш мумкин",
                "Нуқта Ўзбекистон ҳудудида эмас");
        var tooShort = post(token, "/api/v1/appeals", "{\"kind\":\"PROPOSAL\",\"text\":\"?? 123\"}", null, "en");
        assertThat(fields(tooShort)).containsExactly("text");
        var malformed = post(token, "/api/v1/appeals", "{\"kind\":", null, "en");
        assertThat(malformed.statusCode()).isEqualTo(400);

        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where applicant_pinfl = ?", Long.class,
                pinfl.value())).isZero();
    }

    @Test
    void aRepeatIsLinkedToTheEarlierAppealWhateverTheScriptAndNotReviewedAgainOnceAnsweredWithoutNewArguments()
            throws Exception {
        var token = token(citizens.withAccount());
        var first = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"COMPLAINT","text":"%s"}""".formatted(LEAK), null, "uz").body()).get("number").asString();
        var cyrillic = "Юнусобод тумани 4-мавзе 12-уй ертўласида уч кундан бери сув оқиб ётибди, ҳид чиқмоқда, "
                + "уй-жой мулкдорлари ширкати жавоб бермаяпти. Қувурни тузатиб беришингизни сўрайман.";
        var second = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"COMPLAINT","text":"%s"}""".formatted(cyrillic), null, "uz-Cyrl").body());
        assertThat(second.get("earlier").asString()).isEqualTo(first);
        assertThat(second.get("status").asString()).isNotEqualTo("LEFT_UNCONSIDERED");
        assertThat(jdbc.queryForObject("select outcome from appeals.decision where number = ? and kind = 'REPEAT'",
                String.class, second.get("number").asString())).isEqualTo("LINKED");

        // the body answered the first appeal (answering is the officers' step; here the answer is simply recorded)
        jdbc.update("update appeals.appeal set status = 'ANSWERED', answered_at = now() where number = ?", first);
        var again = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"COMPLAINT","text":"%s Iltimos!"}""".formatted(LEAK), null, "en").body());
        assertThat(again.get("earlier").asString()).isEqualTo(first);
        assertThat(again.get("status").asString()).isEqualTo("LEFT_UNCONSIDERED");
        assertThat(again.get("conclusion").asString()).isEqualTo("appeals.conclusion.repeat");

        var withNewArguments = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"COMPLAINT","text":"%s Javobingizdan keyin ham hech kim kelmadi, endi qoʻshni xonadonlarni \
                ham suv bosdi, elektr shitiga yetib bordi, bolalar kasal boʻlib qolishdi, dalolatnoma ilova qilaman."}"""
                .formatted(LEAK), null, "en").body());
        assertThat(withNewArguments.get("earlier").asString()).isEqualTo(first);
        assertThat(withNewArguments.get("status").asString()).isNotEqualTo("LEFT_UNCONSIDERED");

        var unrelated = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"PROPOSAL","text":"Maktabimiz yonidagi bekatga yoritgich va piyodalar oʻtish joyi qilishni \
                taklif qilaman, kechqurun bolalar qorongʻida yoʻl kesib oʻtishadi."}""", null, "en").body());
        assertThat(unrelated.get("earlier").isNull()).isTrue();
    }

    @Test
    void aRepresentativeFilesForTheirOrganisationAndAnAppealWithoutAuthorityIsLeftUnconsidered() throws Exception {
        var pinfl = citizens.withAccount();
        var token = token(pinfl);
        var stir = new Stir("26" + "%07d".formatted(ENTITIES.incrementAndGet())); // series 26 is this class's
        var entity = entities.register(stir, "Suv Taʼminot Servis MChJ", "MChJ", LocalDate.of(2019, 4, 1));
        var text = "Tashkilotimiz binosiga ichimlik suvi bir haftadan beri berilmayapti, shartnoma boʻyicha toʻlov "
                + "qilingan.";

        var stranger = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"APPLICATION","text":"%s","entityStir":"%s"}""".formatted(text, stir.value()), null, "en")
                .body());
        assertThat(stranger.get("status").asString()).isEqualTo("LEFT_UNCONSIDERED");
        assertThat(stranger.get("conclusion").asString()).isEqualTo("appeals.conclusion.noAuthority");

        entities.addRepresentative(entity.id(), persons.findByPinfl(pinfl).orElseThrow().id(),
                LegalEntity.Role.DIRECTOR);
        var director = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"APPLICATION","text":"%s Iltimos, tezroq.","entityStir":"%s"}""".formatted(text, stir.value()),
                null, "en").body());
        assertThat(director.get("status").asString()).isNotEqualTo("LEFT_UNCONSIDERED");
        assertThat(director.get("entityName").asString()).isEqualTo("Suv Taʼminot Servis MChJ");
    }

    @Test
    void neighboursJoinACollectiveAppealAndARetryReturnsTheFirstAppeal() throws Exception {
        var token = token(citizens.withAccount());
        var body = """
                {"kind":"COMPLAINT","text":"Mahallamizda uch oydan beri koʻcha chiroqlari yonmaydi, kechasi yurish \
                xavfli. Jamoa boʻlib murojaat qilyapmiz.","district":"1726266"}""";
        var first = post(token, "/api/v1/appeals", body, "retry-1", "en");
        var retry = post(token, "/api/v1/appeals", body, "retry-1", "en");
        var number = JSON.readTree(first.body()).get("number").asString();
        assertThat(JSON.readTree(retry.body()).get("number").asString()).isEqualTo(number);
        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where idempotency_key = 'retry-1' "
                + "and number = ?", Long.class, number)).isEqualTo(1);

        var neighbour = citizens.withAccount();
        var joined = post(token(neighbour), "/api/v1/appeals/" + number + "/co-applicants", "", null, "en");
        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(joined.body()).get("coApplicants")).hasSize(1);
        assertThat(numbers(JSON.readTree(get(token(neighbour), "/api/v1/appeals", "en").body()))).contains(number);
        var own = post(token, "/api/v1/appeals/" + number + "/co-applicants", "", null, "en");
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains("You cannot join your own appeal");
    }

    @Test
    void aRelativesAppealNamingTheInstitutionReachesThePenitentiaryAuthority() throws Exception {
        var token = token(citizens.withAccount());
        var appeal = JSON.readTree(post(token, "/api/v1/appeals", """
                {"kind":"APPLICATION","text":"Oʻglim bilan uchrashuvga ruxsat bermayapti, ikki oydan beri xat ham \
                kelmayapti. Sababini tushuntirib berishingizni soʻrayman.","institution":"64/1-son JIEM"}""",
                null, "uz").body());
        assertThat(appeal.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(appeal.get("topic").asString()).isEqualTo("penitentiary");
        assertThat(appeal.get("agency").asString()).startsWith("MIA.JIED");
        assertThat(appeal.get("institution").asString()).isEqualTo("64/1-son JIEM");
    }

    private String token(Pinfl pinfl) throws Exception {
        return TokenFlows.accessToken(port, clients, pinfl.value(), TestCitizens.PASSWORD, null);
    }

    private HttpResponse<String> post(String token, String path, String json, @Nullable String idempotencyKey,
            String language) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> fields(HttpResponse<String> response) {
        var names = new ArrayList<String>();
        JSON.readTree(response.body()).get("errors").forEach(error -> names.add(error.get("field").asString()));
        return names;
    }

    private static List<String> numbers(JsonNode appeals) {
        var numbers = new ArrayList<String>();
        appeals.forEach(appeal -> numbers.add(appeal.get("number").asString()));
        return numbers;
    }

    private static List<String> kinds(JsonNode steps) {
        var kinds = new ArrayList<String>();
        steps.forEach(step -> kinds.add(step.get("kind").asString()));
        return kinds;
    }
}
