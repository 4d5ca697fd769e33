package uz.yagona.exchange.internal;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.shared.InvalidValueException;

/**
 * The public keys that agency systems sign their requests with, by OAuth2 client id and key id. Only public
 * EC P-256 and RSA (2048 bits or more) keys are taken; a key with private parts is refused, never stored.
 */
@Component
public class SystemKeys {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final JdbcClient jdbc;

    SystemKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a key; its {@code kid} is the one given or, if none, its RFC 7638 thumbprint. Returns the kid. */
    @Transactional
    public String register(String clientId, String publicJwk) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidValueException("exchange.key.client", "Not a client id", String.valueOf(clientId));
        }
        JWK jwk;
        try {
            jwk = JWK.parse(publicJwk);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidValueException("exchange.key.malformed", "Not a JWK");
        }
        if (jwk.isPrivate()) {
            throw new InvalidValueException("exchange.key.private", "Send the public key only");
        }
        boolean usable = jwk instanceof ECKey ec && ec.getCurve().equals(com.nimbusds.jose.jwk.Curve.P_256)
                || jwk instanceof RSAKey rsa && rsa.size() >= 2048;
        if (!usable) {
            throw new InvalidValueException("exchange.key.type", "Only EC P-256 and RSA 2048+ keys are accepted");
        }
        String kid;
        try {
            kid = jwk.getKeyID() != null ? jwk.getKeyID() : jwk.computeThumbprint().toString();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        if (kid.length() > 200) {
            throw new InvalidValueException("exchange.key.malformed", "Key id too long");
        }
        jdbc.sql("""
                insert into exchange.system_key (client_id, key_id, public_jwk) values (?, ?, ?)
                on conflict (client_id, key_id) do update set public_jwk = excluded.public_jwk, revoked_at = null""")
                .params(clientId, kid, jwk.toPublicJWK().toJSONString()).update();
        return kid;
    }

    /** The client's key with this id, unless revoked. */
    public Optional<JWK> key(String clientId, String keyId) {
        return jdbc.sql("select public_jwk from exchange.system_key where client_id = ? and key_id = ? "
                        + "and revoked_at is null")
                .params(clientId, keyId).query(String.class).optional().map(SystemKeys::parse);
    }

    public void revoke(String clientId, String keyId) {
        jdbc.sql("update exchange.system_key set revoked_at = now() where client_id = ? and key_id = ?")
                .params(clientId, keyId).update();
    }

    public List<String> keyIds(String clientId) {
        return jdbc.sql("select key_id from exchange.system_key where client_id = ? and revoked_at is null "
                + "order by registered_at").param(clientId).query(String.class).list();
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored key is unreadable", e);
        }
    }
}
