package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.exchange.internal.SystemKeys;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;

/** Administrators register agency systems' keys and check the access log over the API; nobody else can. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExchangeAdminApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Clients clients;

    @Autowired
    SystemKeys keys;

    @Autowired
    TestCitizens citizens;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAdministratorRegistersASystemsPublicKeyAndChecksTheLog() throws Exception {
        var admin = citizens.administrator();
        var token = TokenFlows.accessToken(port, clients, admin.pinflValue(), admin.password(), admin.totpSecret());
        var system = clients.register("Tax system", Clients.Kind.AGENCY_SYSTEM, List.of(), Set.of("exchange"), "STC");
        var key = new ECKeyGenerator(Curve.P_256).keyID("stc-2026").generate();

        var registered = put("/api/v1/admin/exchange/systems/" + system.clientId() + "/keys",
                key.toPublicJWK().toJSONString(), token);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(keys.key(system.clientId(), "stc-2026")).isPresent();

        var privateKey = put("/api/v1/admin/exchange/systems/" + system.clientId() + "/keys", key.toJSONString(),
                token);
        assertThat(privateKey.statusCode()).isEqualTo(400);
        assertThat(json.readTree(privateKey.body()).at("/errors/0/rule").asString()).isEqualTo("exchange.key.private");
        assertThat(put("/api/v1/admin/exchange/systems/" + system.clientId() + "/keys", "{\"kty\":1}", token)
                .statusCode()).isEqualTo(400);

        var verification = http.send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/v1/admin/exchange/access-log/verification"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(json.readTree(verification.body()).get("firstBroken").isNull()).isTrue();
    }

    @Test
    void aCitizenCannotRegisterKeys() throws Exception {
        var pinfl = citizens.withAccount();
        var token = TokenFlows.accessToken(port, clients, pinfl.value(), TestCitizens.PASSWORD, null);
        var key = new ECKeyGenerator(Curve.P_256).generate();
        assertThat(put("/api/v1/admin/exchange/systems/any/keys", key.toPublicJWK().toJSONString(), token)
                .statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> put(String path, String body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
