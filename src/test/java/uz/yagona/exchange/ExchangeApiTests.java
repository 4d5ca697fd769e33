package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.exchange.internal.SystemKeys;
import uz.yagona.identity.internal.Clients;

/**
 * Agency systems outside the platform over real HTTP: a client-credentials token from the real token endpoint,
 * a request signed by the system, an answer signed by the platform and checked against {@code /oauth2/jwks}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExchangeApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Clients clients;

    @Autowired
    SystemKeys keys;

    @Autowired
    RegistryPeople people;

    @Autowired
    ExchangeTesting testing;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSignedRequestOfTheEnforcementBureauGetsAnAnswerSignedWithThePublishedPlatformKey() throws Exception {
        var debtor = people.resident();
        var bureau = AgencySystem.register(port, clients, keys, "MBB.1726.1726266");
        var request = bureau.sign(request("composite.person-with-assets", debtor.pinfl().value(), "ENFORCEMENT"));

        var response = bureau.send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/jose"));
        var answer = JWSObject.parse(response.body());
        var jwks = JWKSet.parse(bureau.get("/oauth2/jwks").body());
        var platformKey = (ECKey) jwks.getKeyByKeyId(answer.getHeader().getKeyID());
        assertThat(platformKey).as("the answer's key is published").isNotNull();
        assertThat(answer.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(answer.verify(new ECDSAVerifier(platformKey))).isTrue();
        JsonNode payload = json.readTree(answer.getPayload().toString());
        assertThat(payload.get("outcome").asString()).isEqualTo("SERVED");
        assertThat(payload.at("/answer/person/pinfl").asString()).isEqualTo(debtor.pinfl().value());
        assertThat(payload.at("/answer/accounts")).hasSize(2);
        assertThat(payload.at("/answer/realEstate/0/cadastralNumber").asString()).isEqualTo(debtor.cadastralNumber());
        var requestId = UUID.fromString(payload.get("requestId").asString());
        assertThat(testing.outcomeOf(requestId)).isEqualTo("SERVED");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId.toString());
    }

    @Test
    void theAgencyComesFromTheTokenNeverFromTheBody() throws Exception {
        var debtor = people.resident();
        var tax = AgencySystem.register(port, clients, keys, "STC");
        var body = new LinkedHashMap<>(request("banking.accounts", debtor.pinfl().value(), "ENFORCEMENT"));
        body.put("agency", "MBB");

        var response = tax.send(tax.sign(body));

        assertThat(response.statusCode()).isEqualTo(403);
        var problem = json.readTree(response.body());
        assertThat(problem.at("/errors/0/rule").asString()).isEqualTo("exchange.refused.purpose");
        assertThat(problem.get("detail").asString()).contains("STC");
        assertThat(testing.outcomeOf(UUID.fromString(problem.get("requestId").asString()))).isEqualTo("REFUSED");
    }

    @Test
    void aRequestWithoutPurposeIsA400NamingTheFieldAndNothingIsServed() throws Exception {
        var debtor = people.resident();
        var bureau = AgencySystem.register(port, clients, keys, "MBB.1726.1726266");
        var body = new LinkedHashMap<>(request("banking.accounts", debtor.pinfl().value(), "ENFORCEMENT"));
        body.remove("purpose");

        var response = bureau.send(bureau.sign(body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json.readTree(response.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("purpose");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("The purpose of the request is required.");
        assertThat(testing.servedAbout(debtor.pinfl().value())).isZero();
    }

    @Test
    void anUnknownPinflIsA404AndAMalformedOneA400() throws Exception {
        var bureau = AgencySystem.register(port, clients, keys, "MBB.1726.1726266");
        var unknown = ExchangeTests.unused().value();
        var notFound = bureau.send(bureau.sign(request("banking.accounts", unknown, "ENFORCEMENT")));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(testing.servedAbout(unknown)).isZero();

        var malformed = bureau.send(bureau.sign(request("banking.accounts", "12345", "ENFORCEMENT")));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).at("/errors/0/field").asString()).isEqualTo("subject");

        var unknownService = bureau.send(bureau.sign(request("banking.everything", unknown, "ENFORCEMENT")));
        assertThat(unknownService.statusCode()).isEqualTo(400);
        var unknownPurpose = bureau.send(bureau.sign(request("banking.accounts", unknown, "CURIOSITY")));
        assertThat(unknownPurpose.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownPurpose.body()).at("/errors/0/field").asString()).isEqualTo("purpose");
    }

    @Test
    void unsignedBadlySignedStaleAndForeignKeyRequestsAreRefused() throws Exception {
        var debtor = people.resident();
        var bureau = AgencySystem.register(port, clients, keys, "MBB.1726.1726266");
        var payload = request("banking.accounts", debtor.pinfl().value(), "ENFORCEMENT");

        assertThat(bureau.send(json.writeValueAsString(payload)).statusCode()).as("unsigned JSON").isEqualTo(400);
        assertThat(bureau.send("").statusCode()).as("empty").isEqualTo(400);

        var signed = bureau.sign(payload);
        var parts = signed.split("\\.");
        var tampered = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(
                json.writeValueAsString(request("banking.accounts", ExchangeTests.unused().value(), "ENFORCEMENT")))
                + "." + parts[2];
        assertThat(bureau.send(tampered).statusCode()).as("payload changed after signing").isEqualTo(401);

        var stranger = new ECKeyGenerator(Curve.P_256).keyID(bureau.key.getKeyID()).generate();
        assertThat(bureau.send(AgencySystem.sign(payload, stranger)).statusCode()).as("another key, same kid")
                .isEqualTo(401);
        var unregistered = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        assertThat(bureau.send(AgencySystem.sign(payload, unregistered)).statusCode()).as("unknown kid")
                .isEqualTo(401);

        var stale = new LinkedHashMap<>(payload);
        stale.put("iat", Instant.now().minusSeconds(3600).getEpochSecond());
        assertThat(bureau.send(bureau.sign(stale)).statusCode()).as("an hour old").isEqualTo(400);

        assertThat(bureau.send(signed, null).statusCode()).as("no token").isEqualTo(401);
        assertThat(bureau.send(signed, "not-a-token").statusCode()).as("bad token").isEqualTo(401);
        assertThat(testing.servedAbout(debtor.pinfl().value())).isZero();
    }

    @Test
    void aSystemCannotSignWithAnotherSystemsKey() throws Exception {
        var debtor = people.resident();
        var bureau = AgencySystem.register(port, clients, keys, "MBB.1726.1726266");
        var other = AgencySystem.register(port, clients, keys, "MBB.1726.1726266");
        var signedByOther = other.sign(request("banking.accounts", debtor.pinfl().value(), "ENFORCEMENT"));
        assertThat(bureau.send(signedByOther).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheSignedExchange() throws Exception {
        var bureau = AgencySystem.register(port, clients, keys, "MBB");
        var document = bureau.get("/v3/api-docs").body();
        assertThat(document).contains("/api/v1/exchange/requests", "application/jose", "/oauth2/jwks");
    }

    static Map<String, Object> request(String service, String subject, String purpose) {
        var request = new LinkedHashMap<String, Object>();
        request.put("service", service);
        request.put("subject", subject);
        request.put("purpose", purpose);
        request.put("legalBasis", "Writ of execution 2-1234/2026 of the Yunusobod district civil court");
        request.put("caseReference", "IJ-2026-0042");
        request.put("parameters", Map.of());
        return request;
    }

}
