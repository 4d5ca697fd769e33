package uz.yagona.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign ID tokens and access tokens (RS256) and the exchange's answers (ES256). Kept in the database (private key sealed) so that every
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
        if (missing(keys).isEmpty()) {
            return keys;
        }
        jdbc.sql("lock table identity.signing_key in exclusive mode").update();
        keys = load();
        missing(keys).forEach(this::create);
        return load();
    }

    /** The algorithms without a key yet: RS256 signs tokens, ES256 the exchange's answers. */
    private static List<JWSAlgorithm> missing(JWKSet keys) {
        return Stream.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
                .filter(algorithm -> keys.getKeys().stream().noneMatch(key -> algorithm.equals(key.getAlgorithm())))
                .toList();
    }

    private JWKSet load() {
        var keys = jdbc.sql("""
                        select kid, algorithm, private_key, public_key from identity.signing_key
                        order by created_at desc""")
                .query((row, n) -> key(row.getString("kid"), JWSAlgorithm.parse(row.getString("algorithm")),
                        Base64.getDecoder().decode(row.getString("public_key")),
                        Base64.getDecoder().decode(secrets.open(row.getString("private_key")))))
                .list();
        return new JWKSet(keys);
    }

    private static JWK key(String kid, JWSAlgorithm algorithm, byte[] publicKey, byte[] privateKey) {
        try {
            if (JWSAlgorithm.ES256.equals(algorithm)) {
                var factory = KeyFactory.getInstance("EC");
                return new ECKey.Builder(Curve.P_256,
                        (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
                        .privateKey((ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                        .keyID(kid).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).build();
            }
            var factory = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(kid).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | ClassCastException e) {
            throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
        }
    }

    private void create(JWSAlgorithm algorithm) {
        try {
            KeyPairGenerator generator;
            if (JWSAlgorithm.ES256.equals(algorithm)) {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
            }
            var pair = generator.generateKeyPair();
            var encoder = Base64.getEncoder();
            jdbc.sql("insert into identity.signing_key (kid, algorithm, private_key, public_key) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), algorithm.getName(),
                            secrets.seal(encoder.encodeToString(pair.getPrivate().getEncoded())),
                            encoder.encodeToString(pair.getPublic().getEncoded()))
                    .update();
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException(e);
        }
    }
}
