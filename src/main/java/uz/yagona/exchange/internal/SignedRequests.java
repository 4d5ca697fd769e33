package uz.yagona.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a request that an agency system signed: a compact JWS (RS256, PS256 or ES256) whose {@code kid} names
 * a key registered for the calling client, with an {@code iat} no older than the allowed age. Gives the
 * payload's bytes, which only then are read as a request.
 */
@Component
public class SignedRequests {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
            JWSAlgorithm.ES256);

    private final SystemKeys keys;
    private final ExchangeSettings settings;
    private final Clock clock;

    SignedRequests(SystemKeys keys, ExchangeSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why a signed request was not accepted; the rule is a message key, the status 400 or 401. */
    public static final class BadSignature extends RuntimeException {
        private final String rule;
        private final int status;

        BadSignature(String rule, int status, String detail) {
            super(detail);
            this.rule = rule;
            this.status = status;
        }

        public String rule() {
            return rule;
        }

        public int status() {
            return status;
        }
    }

    /** The verified payload. */
    public byte[] verify(String clientId, String compact) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact.strip());
        } catch (ParseException e) {
            throw new BadSignature("exchange.jws.malformed", 400, "The body is not a compact JWS");
        }
        var header = jws.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new BadSignature("exchange.jws.algorithm", 400, "Algorithm not accepted: " + header.getAlgorithm());
        }
        if (header.getKeyID() == null) {
            throw new BadSignature("exchange.jws.unknownKey", 401, "The JWS header names no key (kid)");
        }
        var key = keys.key(clientId, header.getKeyID())
                .orElseThrow(() -> new BadSignature("exchange.jws.unknownKey", 401, "No such key for this client"));
        try {
            JWSVerifier verifier = switch (key) {
                case ECKey ec -> new ECDSAVerifier(ec);
                case RSAKey rsa -> new RSASSAVerifier(rsa);
                default -> throw new BadSignature("exchange.jws.unknownKey", 401, "Unusable key");
            };
            if (!jws.verify(verifier)) {
                throw new BadSignature("exchange.jws.signature", 401, "The signature does not verify");
            }
        } catch (JOSEException | IllegalStateException e) {
            throw new BadSignature("exchange.jws.signature", 401, "The signature does not verify");
        }
        var iat = jws.getPayload().toJSONObject() == null ? null : jws.getPayload().toJSONObject().get("iat");
        if (!(iat instanceof Number seconds)) {
            throw new BadSignature("exchange.jws.stale", 400, "The request carries no iat");
        }
        var issued = Instant.ofEpochSecond(seconds.longValue());
        var now = clock.instant();
        if (issued.isBefore(now.minus(settings.requestMaxAge())) || issued.isAfter(now.plus(Duration.ofMinutes(1)))) {
            throw new BadSignature("exchange.jws.stale", 400, "The request was signed too long ago or in the future");
        }
        return jws.getPayload().toBytes();
    }
}
