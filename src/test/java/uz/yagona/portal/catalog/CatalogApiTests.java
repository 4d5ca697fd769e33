package uz.yagona.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.identity.Agencies;
import uz.yagona.portal.Catalog;

/** The catalog over real HTTP without a login: search, definitions, pages, bad input, and portal.services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogApiTests {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void cyrillicQueryFindsTheBirthCertificateFirstWithItsNameInTheLanguageAsked() throws Exception {
        var response = get("/api/v1/services?q=" + encoded("туғилганлик гувоҳномаси") + "&lang=ru&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        var first = json.readTree(response.body()).get(0);
        assertThat(first.get("code").asString()).isEqualTo("civil.birth-certificate");
        assertThat(first.get("name").asString()).isEqualTo("Получение свидетельства о рождении");
        assertThat(first.get("agency").asString()).isEqualTo("MOJ");
        assertThat(first.get("agencyName").asString()).isEqualTo("Министерство юстиции Республики Узбекистан");
        assertThat(first.get("group").asString()).isEqualTo("CIVIL_STATUS");
        assertThat(first.get("fee").get("tiyin").asLong()).isZero();
        assertThat(first.get("termDays").asInt()).isEqualTo(1);
        assertThat(first.get("signatureRequired").asBoolean()).isTrue();
        assertThat(first.get("url").asString()).endsWith("/services/civil.birth-certificate");
        assertThat(json.readTree(response.body()).size()).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pasport olish | uz      | Xorijga chiqish biometrik pasportini olish
            паспорт       | uz-Cyrl | ID-картани олиш ёки алмаштириш
            ID karta      | uz-Latn | ID-kartani olish yoki almashtirish
            ID card       | en      | Identity card (ID card)
            """)
    void colloquialQueriesFindThePassportServicesInEveryLanguageForm(String query, String lang, String expectedName)
            throws Exception {
        var body = json.readTree(get("/api/v1/services?q=" + encoded(query) + "&lang=" + lang + "&limit=3").body());

        assertThat(body.valueStream().map(node -> node.get("name").asString())).contains(expectedName);
    }

    @Test
    void withoutQueryTheWholeCatalogIsListedUpToTheLimit() throws Exception {
        var all = json.readTree(get("/api/v1/services?lang=en").body());
        var five = json.readTree(get("/api/v1/services?limit=5").body());

        assertThat(all.size()).isEqualTo(catalog.services().size()).isGreaterThanOrEqualTo(45);
        assertThat(five.size()).isEqualTo(5);
        assertThat(all.get(0).get("code").asString()).isEqualTo(catalog.services().get(0).code());
    }

    @Test
    void aDefinitionHasTheFormsFieldsWithLabelsAndWhatTheRegistriesFillIn() throws Exception {
        var response = get("/api/v1/services/business.licence-pharmacy?lang=uz-Cyrl");

        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("name").asString()).isEqualTo("Фармацевтика фаолияти учун лицензия");
        assertThat(body.get("licenceType").asString()).isEqualTo("pharmacy");
        assertThat(body.get("result").asString()).isEqualTo("LICENCE");
        assertThat(body.get("fee").get("tiyin").asLong()).isEqualTo(206_000_000L);
        assertThat(body.get("fields").valueStream().map(field -> field.get("name").asString()))
                .containsExactly("premisesAddress", "pharmacistDiploma");
        assertThat(body.get("fields").get(0).get("label").asString()).isEqualTo("Дорихона манзили");
        assertThat(body.get("fields").get(1).get("mediaTypes").get(0).asString()).isEqualTo("application/pdf");
        assertThat(body.get("prefill").valueStream().map(item -> item.get("code").asString()))
                .containsExactly("PERSON", "REAL_ESTATE");
    }

    @Test
    void anUnknownServiceIsA404ProblemInTheClientsLanguage() throws Exception {
        var response = get("/api/v1/services/civil.no-such-service");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asString())
                .isEqualTo("The catalog has no such service.");
        assertThat(get("/services/civil.no-such-service").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/services?q=pasport&lang=fr         | lang
            /api/v1/services?q=pasport&lang=uz-Arab    | lang
            /api/v1/services/civil.birth-certificate?lang=xx | lang
            /api/v1/services?q=pasport&limit=0         | limit
            /api/v1/services?q=pasport&limit=51        | limit
            /api/v1/services?q=pasport&limit=ten       | limit
            """)
    void badParametersAre400ProblemsNamingTheParameter(String pathAndQuery, String parameter) throws Exception {
        var response = get(pathAndQuery);

        assertThat(response.statusCode()).isEqualTo(400);
        var errors = json.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(error -> error.get("field").asString())).contains(parameter);
    }

    @Test
    void oddQueriesAnswerWithoutFailing() throws Exception {
        for (var query : List.of("'", "ʻʼ`", "%%%", "a", "\u0000", "x".repeat(2000), "؟", "😀 pasport")) {
            var response = get("/api/v1/services?q=" + encoded(query));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
        }
    }

    @Test
    void everyServiceIsInTheTableWithItsFeeTermAndResult() {
        var rows = jdbc.sql("select code, agency_code, fee_tiyin, term_days, result, licence_type, withdrawn "
                + "from portal.services order by code").query().listOfRows();

        assertThat(rows).hasSize(catalog.services().size());
        var transport = rows.stream().filter(row -> row.get("code").equals("business.licence-transport"))
                .findFirst().orElseThrow();
        assertThat(transport).containsEntry("agency_code", "MOT").containsEntry("result", "LICENCE")
                .containsEntry("licence_type", "passenger-transport").containsEntry("withdrawn", false);
    }

    @Test
    void everyAgencyOfTheCatalogIsAnAgencyOfTheDemoPlatformSoItsOfficersCanWorkTheApplications() {
        assertThat(catalog.services()).allSatisfy(service ->
                assertThat(agencies.findByCode(service.agencyCode())).as(service.code()).isPresent());
    }

    @Test
    void catalogPageListsTheGroupsAndSearchesAndEachServiceHasItsPage() throws Exception {
        var page = get("/services?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Civil status", "Real estate", "Birth certificate", "name=\"q\"");

        var results = get("/services?q=" + encoded("свидетельство о рождении"));
        assertThat(results.body()).contains("href=\"/services/civil.birth-certificate\"");

        var service = get("/services/civil.birth-certificate");
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(service.body()).contains("Birth certificate", "Ministry of Justice", "Free", "1 day",
                "Name, PINFL, date of birth, sex", "Child&#39;s first name",
                "href=\"/services/civil.birth-certificate/apply\"");
        assertThat(get("/services/documents.id-card?lang=ru").body()).contains("Получение или замена ID-карты",
                "164\u00A0800,00\u00A0сум");
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpointsAndTheirParameters() throws Exception {
        var paths = json.readTree(get("/v3/api-docs").body()).get("paths");

        var search = paths.get("/api/v1/services").get("get");
        assertThat(search.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                .containsExactlyInAnyOrder("q", "lang", "limit");
        assertThat(paths.get("/api/v1/services/{code}").get("get").get("summary").asString())
                .isEqualTo("One service's definition");
    }

    @Test
    void theAddressCertificatePageStillAsksForALogin() throws Exception {
        var response = get("/services/address-certificate");
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }
}
