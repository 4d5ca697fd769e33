package uz.yagona.portal.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.exchange.RegistryPeople;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;

/**
 * The applications API with a citizen's bearer token: bad input is a 400 problem naming each field and stores
 * nothing, a good application is created once per idempotency key, and the citizen reads only their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationsApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    RegistryPeople people;

    @Autowired
    Clients clients;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void badInputIsAProblemNamingEachFieldAndStoresNothing() throws Exception {
        var pinfl = citizens.withAccount();
        var token = TokenFlows.accessToken(port, clients, pinfl.value(), TestCitizens.PASSWORD, null);

        var noService = post(token, "{\"answers\":{}}", null, "en");
        assertThat(noService.statusCode()).isEqualTo(400);
        assertThat(fields(noService)).containsExactly("service");
        var unknown = post(token, "{\"service\":\"civil.unicorn-licence\"}", null, "ru");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"service\"", "Такой государственной услуги нет.");

        var broken = post(token, """
                {"service":"civil.name-change","consent":false,"answers":{"newFirstName":"%s"}}"""
                .formatted("x".repeat(600)), null, "en");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(fields(broken)).contains("answers.newFirstName", "answers.declared.PERSON");
        assertThat(broken.body()).contains("At most 500 characters.");

        var forEntities = post(token, "{\"service\":\"business.licence-security\",\"answers\":{}}", null, "en");
        assertThat(forEntities.statusCode()).isEqualTo(400);
        assertThat(forEntities.body()).contains("\"field\":\"service\"", "This service is for legal entities only.");

        var malformed = post(token, "{\"service\":", null, "en");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from portal.applications where applicant_pinfl = ?",
                Long.class, pinfl.value())).isZero();
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/applications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void anApplicationIsCreatedOncePerIdempotencyKeyAndOnlyItsApplicantReadsIt() throws Exception {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var token = TokenFlows.accessToken(port, clients, pinfl.value(), TestCitizens.PASSWORD, null);
        var body = "{\"service\":\"tax.debt-certificate\",\"consent\":true,\"answers\":{}}";

        var created = post(token, body, "retry-1", "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var application = JSON.readTree(created.body());
        var number = application.get("number").asString();
        assertThat(application.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(application.get("dueDate").isNull()).isFalse();
        assertThat(application.get("facts").get("name").asString()).isEqualTo("Karimov Jasur Anvarovich");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/applications/" + number);

        var reads = jdbc.queryForObject("select count(*) from exchange.access_log where subject = ?", Long.class,
                pinfl.value());
        var again = post(token, body, "retry-1", "en");
        assertThat(JSON.readTree(again.body()).get("number").asString()).isEqualTo(number);
        assertThat(jdbc.queryForObject("select count(*) from exchange.access_log where subject = ?", Long.class,
                pinfl.value())).isEqualTo(reads);
        assertThat(jdbc.queryForObject("select count(*) from portal.applications where applicant_pinfl = ?",
                Long.class, pinfl.value())).isEqualTo(1);

        assertThat(get(token, "/api/v1/applications/" + number).statusCode()).isEqualTo(200);
        var mine = JSON.readTree(get(token, "/api/v1/applications").body());
        assertThat(mine.size()).isEqualTo(1);

        var stranger = citizens.withAccount();
        var strangerToken = TokenFlows.accessToken(port, clients, stranger.value(), TestCitizens.PASSWORD, null);
        var refused = get(strangerToken, "/api/v1/applications/" + number);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private HttpResponse<String> post(String token, String json, String idempotencyKey, String language)
            throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/applications")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        var names = new java.util.ArrayList<String>();
        errors.forEach(error -> names.add(error.get("field").asString()));
        return names;
    }
}
