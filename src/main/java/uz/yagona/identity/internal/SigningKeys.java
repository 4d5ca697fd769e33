package uz.yagona.identity.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign ID tokens and access tokens. Kept in the database (private key sealed) so that every
 * node signs with the same key and tokens outlive a restart; the first node to start creates one. Every bearer
 * request and every signed answer needs them, so they are read from the database at most once a minute (sooner
 * when a token names a key this node has not seen, as after another node rotated).
 */
@Component
public class SigningKeys {

    private static final long FRESH = Duration.ofMinutes(1).toNanos();
    private static final long RELOAD_AT_MOST_EVERY = Duration.ofSeconds(1).toNanos();

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final TransactionTemplate transaction;
    private volatile @Nullable Loaded loaded;

    private record Loaded(JWKSet keys, long at) {
    }

    SigningKeys(JdbcClient jdbc, SecretBox secrets, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.transaction = transaction;
    }

    /** The published and usable keys, newest first. */
    public JWKSet current() {
        var keys = loaded;
        return keys != null && System.nanoTime() - keys.at() < FRESH ? keys.keys() : reload();
    }

    /**
     * The keys read anew, for a token that names a key not in {@link #current()}; at most once a second, so
     * that tokens with made-up key ids cannot keep the database busy.
     */
    public JWKSet currentIncluding(String keyId) {
        var keys = current();
        var last = loaded;
        if (keys.getKeyByKeyId(keyId) != null || last != null && System.nanoTime() - last.at() < RELOAD_AT_MOST_EVERY) {
            return keys;
        }
        return reload();
    }

    private JWKSet reload() {
        var keys = transaction.execute(status -> loadOrCreate());
        loaded = new Loaded(keys, System.nanoTime());
        return keys;
    }

    private JWKSet loadOrCreate() {
        var keys = load();
        if (keys.getKeys().isEmpty()) {
            jdbc.sql("lock table identity.signing_key in exclusive mode").update();
            keys = load();
            if (keys.getKeys().isEmpty()) {
                create();
                keys = load();
            }
        }
        return keys;
    }

    private JWKSet load() {
        var keys = jdbc.sql("select kid, private_key, public_key from identity.signing_key order by created_at desc")
                .query((row, n) -> (com.nimbusds.jose.jwk.JWK) new RSAKey.Builder(publicKey(row.getString("public_key")))
                        .privateKey(privateKey(secrets.open(row.getString("private_key"))))
                        .keyID(row.getString("kid"))
                        .build())
                .list();
        return new JWKSet(keys);
    }

    private void create() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            var pair = generator.generateKeyPair();
            var encoder = Base64.getEncoder();
            jdbc.sql("insert into identity.signing_key (kid, private_key, public_key) values (?, ?, ?)")
                    .params(UUID.randomUUID().toString(),
                            secrets.seal(encoder.encodeToString(pair.getPrivate().getEncoded())),
                            encoder.encodeToString(pair.getPublic().getEncoded()))
                    .update();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey publicKey(String base64) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Stored public key is unreadable", e);
        }
    }

    private static RSAPrivateKey privateKey(String base64) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Stored private key is unreadable", e);
        }
    }
}
