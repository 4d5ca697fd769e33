package uz.yagona.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.demo.DemoLogins;
import uz.yagona.identity.internal.Clients;

/** The identity API over real HTTP: answers, RFC 9457 problems naming field and rule, and bearer-only access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityApiTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Clients clients;

    @Autowired
    LegalEntities legalEntities;

    @Autowired
    TestCitizens citizens;

    @Test
    void aValidPinflTellsWhatItEncodes() throws Exception {
        var response = send("GET", "/api/v1/identity/checks/pinfl/" + DemoLogins.CITIZEN.value(), null, null, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("birthDate").asString()).isEqualTo("1990-05-14");
        assertThat(body.get("sex").asString()).isEqualTo("MALE");
    }

    @Test
    void aBrokenPinflIsAProblemNamingTheFieldAndTheRuleInTheCallersLanguage() throws Exception {
        var english = send("GET", "/api/v1/identity/checks/pinfl/31405900260014", null, null, "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var error = firstError(english);
        assertThat(error.get("field").asString()).isEqualTo("pinfl");
        assertThat(error.get("rule").asString()).isEqualTo("pinfl.checkDigit");
        assertThat(error.get("message").asString()).contains("check digit");

        var russian = firstError(send("GET", "/api/v1/identity/checks/pinfl/31405900260014", null, null, "ru"));
        assertThat(russian.get("message").asString()).contains("Контрольная цифра");
    }

    @Test
    void aStirOutsideTheRangesIsRefused() throws Exception {
        var response = send("GET", "/api/v1/identity/checks/stir/812345678", null, null, "uz");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(firstError(response).get("rule").asString()).isEqualTo("stir.range");
        var individual = json.readTree(send("GET", "/api/v1/identity/checks/stir/412345678", null, null, "en").body());
        assertThat(individual.get("kind").asString()).isEqualTo("INDIVIDUAL");
    }

    @Test
    void theApiNeverAcceptsTheSessionCookieOnlyABearerToken() throws Exception {
        var browser = new WebSession(port);
        browser.signIn(DemoLogins.CITIZEN.value(), DemoLogins.PASSWORD);
        assertThat(browser.get("/api/v1/identity/me").statusCode()).isEqualTo(401);

        var anonymous = send("GET", "/api/v1/identity/me", null, null, "en");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json.readTree(anonymous.body()).get("detail").asString()).contains("access token");

        var token = TokenFlows.accessToken(port, clients, DemoLogins.CITIZEN.value(), DemoLogins.PASSWORD, null);
        var me = send("GET", "/api/v1/identity/me", token, null, "en");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("organisations").get(0).asString()).isEqualTo("301234567");
    }

    @Test
    void onlyAnAdministratorRecordsALegalEntityAndBadFieldsAreNamed() throws Exception {
        var body = """
                {"stir": "309876543", "name": "\\"Samarqand Ipak\\" AJ", "legalForm": "AJ",
                 "registeredOn": "2019-06-01", "directorPinfl": "%s"}""".formatted(DemoLogins.CITIZEN.value());
        var citizen = TokenFlows.accessToken(port, clients, DemoLogins.CITIZEN.value(), DemoLogins.PASSWORD, null);
        assertThat(send("POST", "/api/v1/identity/legal-entities", citizen, body, "en").statusCode()).isEqualTo(403);

        var administrator = citizens.administrator();
        var admin = TokenFlows.accessToken(port, clients, administrator.pinflValue(), administrator.password(),
                administrator.totpSecret());
        var badStir = send("POST", "/api/v1/identity/legal-entities", admin, body.replace("309876543", "30987654"), "en");
        assertThat(badStir.statusCode()).isEqualTo(400);
        assertThat(firstError(badStir).get("field").asString()).isEqualTo("stir");
        assertThat(firstError(badStir).get("rule").asString()).isEqualTo("stir.format");

        var individual = send("POST", "/api/v1/identity/legal-entities", admin, body.replace("309876543", "409876543"), "en");
        assertThat(individual.statusCode()).isEqualTo(400);
        assertThat(json.readTree(individual.body()).toString()).contains("stir.notLegalEntity");

        var missing = send("POST", "/api/v1/identity/legal-entities", admin, "{\"stir\": \"309876543\"}", "en");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).get("errors").toString()).contains("name").contains("registeredOn");
        assertThat(legalEntities.findByStir(new uz.yagona.shared.Stir("309876543"))).isEmpty();

        var created = send("POST", "/api/v1/identity/legal-entities", admin, body, "en");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(legalEntities.findByStir(new uz.yagona.shared.Stir("309876543"))).isPresent();
        assertThat(send("POST", "/api/v1/identity/legal-entities", admin, body, "en").statusCode()).isEqualTo(400);
    }

    private JsonNode firstError(HttpResponse<String> response) {
        return json.readTree(response.body()).get("errors").get(0);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String language)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
