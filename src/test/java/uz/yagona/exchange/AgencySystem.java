package uz.yagona.exchange;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.yagona.identity.internal.Clients;

/**
 * An agency system outside the platform, as its integrators would write it: registered by an administrator as
 * an AGENCY_SYSTEM client, its public key registered with the exchange, a token by client credentials from the
 * real token endpoint, requests signed ES256, all over real HTTP.
 */
final class AgencySystem {

    final String clientId;
    final ECKey key;
    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private AgencySystem(String clientId, ECKey key, String base, String token) {
        this.clientId = clientId;
        this.key = key;
        this.base = base;
        this.token = token;
    }

    static AgencySystem register(int port, Clients clients, uz.yagona.exchange.internal.SystemKeys keys,
            String agency) throws Exception {
        var issued = clients.register("System of " + agency, Clients.Kind.AGENCY_SYSTEM, List.of(),
                Set.of("exchange"), agency);
        var key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        keys.register(issued.clientId(), key.toPublicJWK().toJSONString());
        var base = "http://localhost:" + port;
        var response = TokenResponse.parse(new TokenRequest(URI.create(base + "/oauth2/token"),
                new ClientSecretBasic(new ClientID(issued.clientId()), new Secret(issued.clientSecret())),
                new ClientCredentialsGrant(), new Scope("exchange")).toHTTPRequest().send());
        var token = response.toSuccessResponse().getTokens().getAccessToken().getValue();
        return new AgencySystem(issued.clientId(), key, base, token);
    }

    /** The system's bearer token, for clients that send requests their own way. */
    String token() {
        return token;
    }

    /** Signs the payload (with a fresh {@code iat}) with this system's key. */
    String sign(Map<String, Object> payload) throws Exception {
        return sign(payload, key);
    }

    static String sign(Map<String, Object> payload, ECKey with) throws Exception {
        var claims = new java.util.LinkedHashMap<>(payload);
        claims.putIfAbsent("iat", Instant.now().getEpochSecond());
        var jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(with.getKeyID())
                .type(new JOSEObjectType("exchange-request+jwt")).build(), new Payload(claims));
        jws.sign(new ECDSASigner(with));
        return jws.serialize();
    }

    HttpResponse<String> send(String body) throws Exception {
        return send(body, token);
    }

    HttpResponse<String> send(String body, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/exchange/requests"))
                .header("Content-Type", "application/jose").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
