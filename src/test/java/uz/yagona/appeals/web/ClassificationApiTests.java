package uz.yagona.appeals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classification API over real HTTP without a token: a topic, the responsible body named in the caller's
 * language for the given district, a probability, the words behind it and the model version, in all four language
 * forms; every kind of bad input a 4xx problem naming the field and the rule in the caller's language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClassificationApiTests {

    static final String API = "/api/v1/appeals/classification";
    static final String YUNUSOBOD = "1726266";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    record Answer(int status, String contentType, JsonNode json) {
    }

    @Test
    void anAppealInEachLanguageFormGetsItsTopicAndTheDistrictOfficeNamedInThatLanguage() throws Exception {
        var appeals = List.of(
                new String[] {"uz-Latn", "Mahallamizda 4 kundan beri svet yoʻq, elektr hisoblagich ham kuyib ketdi",
                    "Yunusobod"},
                new String[] {"uz-Cyrl", "Маҳалламизда 4 кундан бери свет йўқ, электр ҳисоблагич ҳам куйиб кетди",
                    "Юнусобод"},
                new String[] {"ru", "Четвертый день нет света в махалле, сгорел электросчетчик", "Юнусабад"},
                new String[] {"en", "No electricity in our neighbourhood for four days, the power meter burned out",
                    "Yunusabad"});
        for (var appeal : appeals) {
            var answer = classify(body(appeal[1], YUNUSOBOD), appeal[0]);
            assertThat(answer.status()).as(appeal[0]).isEqualTo(200);
            var result = answer.json();
            assertThat(result.get("topic").asString()).as(appeal[0]).isEqualTo("electricity");
            assertThat(result.get("agency").get("code").asString()).isEqualTo("REGES.1726.1726266");
            assertThat(result.get("agency").get("level").asString()).isEqualTo("district");
            assertThat(result.get("agency").get("name").asString()).as(appeal[0]).contains(appeal[2]);
            var confidence = result.get("confidence").asDouble();
            assertThat(confidence).isGreaterThan(0.05).isLessThanOrEqualTo(1.0);
            assertThat(result.get("explanation").isEmpty()).isFalse();
            var first = result.get("explanation").get(0);
            assertThat(appeal[1]).contains(first.get("term").asString());
            assertThat(first.get("weight").asDouble()).isPositive();
            assertThat(result.get("modelVersion").asString()).matches("topics-[0-9a-f]{12}");
        }
    }

    @Test
    void topicNamesFollowTheCallersLanguage() throws Exception {
        var text = "Sud ijrochisi ijro varaqasini bir yildan beri ijro etmayapti, aliment undirilmayapti";
        var names = new ArrayList<String>();
        for (var language : List.of("uz-Latn", "uz-Cyrl", "ru", "en")) {
            var result = classify(body(text, null), language).json();
            assertThat(result.get("topic").asString()).isEqualTo("courts-enforcement");
            names.add(result.get("topicName").asString());
        }
        assertThat(names).containsExactly("Sudlar va majburiy ijro", "Судлар ва мажбурий ижро",
                "Суды и принудительное исполнение", "Courts and enforcement");
    }

    @Test
    void theApostrophesOfUzbekLatinMayBeTypedAnyWayOrLeftOut() throws Exception {
        var versions = List.of("Bogʻchada oʻqituvchi bolalarga qoʻpol, oʻgʻlim bogʻchaga borishni istamaydi",
                "Bog'chada o'qituvchi bolalarga qo'pol, o'g'lim bog'chaga borishni istamaydi",
                "Bogchada oqituvchi bolalarga qopol, oglim bogchaga borishni istamaydi");
        var answers = new ArrayList<JsonNode>();
        for (var text : versions) {
            answers.add(classify(body(text, null), "uz-Latn").json());
        }
        assertThat(answers).extracting(a -> a.get("topic").asString()).containsOnly("education");
        assertThat(answers).extracting(a -> a.get("confidence").asDouble())
                .containsOnly(answers.get(0).get("confidence").asDouble());
    }

    @Test
    void withoutADistrictTheNationalBodyAnswersAndWithARegionTheRegionalOne() throws Exception {
        var text = "Soliq inspeksiyasi mol-mulk soligʻini notoʻgʻri hisoblagan, uy maydoni ikki barobar koʻp yozilgan";
        var national = classify(body(text, null), "en").json();
        assertThat(national.get("topic").asString()).isEqualTo("taxes");
        assertThat(national.get("agency").get("code").asString()).isEqualTo("STC");
        assertThat(national.get("agency").get("level").asString()).isEqualTo("national");
        assertThat(national.get("agency").get("name").asString()).isEqualTo("Tax Committee");
        var regional = classify(body(text, "1726"), "ru").json();
        assertThat(regional.get("agency").get("code").asString()).isEqualTo("STC.1726");
        assertThat(regional.get("agency").get("level").asString()).isEqualTo("regional");
    }

    @Test
    void aBlankTextIsRefusedInTheCallersLanguage() throws Exception {
        var answer = classify("{\"text\":\"   \"}", "ru");
        assertProblem(answer, 400, "text", "NotBlank");
        assertThat(errors(answer).get(0).get("message").asString()).isEqualTo("Напишите текст обращения.");
        assertProblem(classify("{}", "uz-Cyrl"), 400, "text", "NotBlank");
    }

    @Test
    void aTextLongerThanFiveThousandCharactersIsRefused() throws Exception {
        var answer = classify(body("svet yoʻq ".repeat(501), null), "uz-Latn");
        assertProblem(answer, 400, "text", "Size");
        assertThat(errors(answer).get(0).get("message").asString()).containsPattern("5\\D?000");
    }

    @Test
    void aBodyFarLargerThanAnyValidOneIsRefusedBeforeItIsRead() throws Exception {
        var answer = classify(body("a".repeat(70_000), null), "en");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTextThatIsNotAJsonStringIsRefused() throws Exception {
        assertProblem(classify("{\"text\": 12345}", "en"), 400, "text", "json.malformed");
        assertProblem(classify("{\"text\": {\"a\": 1}}", "en"), 400, "text", "json.malformed");
        assertProblem(classify("{\"text\": \"svet yo'q\", \"district\": 1726266}", "en"), 400, "district",
                "json.malformed");
    }

    @Test
    void aTextWithoutWordsIsRefused() throws Exception {
        var answer = classify(body("12345 !!! ???", null), "en");
        assertProblem(answer, 400, "text", "appeals.text.letters");
        assertThat(errors(answer).get(0).get("message").asString()).startsWith("The text of an appeal must be words");
        assertProblem(classify("{\"text\":\"svet yo'q \\u0000\\u0001 kecha\"}", "en"), 400, "text",
                "appeals.text.letters");
    }

    @Test
    void malformedJsonAndOtherMediaTypesAreRefused() throws Exception {
        assertThat(classify("{\"text\": ", "en").status()).isEqualTo(400);
        var plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + API))
                .header("Content-Type", "text/plain").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("svet yoʻq")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(415);
    }

    @Test
    void aMalformedOrUnknownDistrictIsNamedAsTheDistrict() throws Exception {
        assertProblem(classify(body("Koʻchada gaz hidi kelyapti", "12345"), "en"), 400, "district", "soato.format");
        var unknown = classify(body("Koʻchada gaz hidi kelyapti", "1799999"), "uz-Latn");
        assertProblem(unknown, 400, "district", "appeals.district.unknown");
        assertThat(errors(unknown).get(0).get("message").asString()).contains("1799999");
    }

    private String body(String text, String district) {
        var node = json.createObjectNode().put("text", text);
        if (district != null) {
            node.put("district", district);
        }
        return json.writeValueAsString(node);
    }

    private Answer classify(String body, String language) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + API))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        var type = response.headers().firstValue("Content-Type").orElse("");
        return new Answer(response.statusCode(), type, response.body().isEmpty() ? json.createObjectNode()
                : json.readTree(response.body()));
    }

    private static JsonNode errors(Answer answer) {
        return answer.json().get("errors");
    }

    private static void assertProblem(Answer answer, int status, String field, String rule) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var error = errors(answer).get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("rule").asString()).isEqualTo(rule);
        assertThat(error.get("message").asString()).isNotBlank();
    }
}
