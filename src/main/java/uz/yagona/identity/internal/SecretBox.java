package uz.yagona.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/** Encrypts secrets kept at rest (TOTP seeds, signing keys) with AES-GCM under a key from the platform secret. */
@Component
public class SecretBox {

    private final TextEncryptor encryptor;

    SecretBox(IdentitySettings settings) {
        // A fixed salt derived from the secret: PBKDF2 still stretches it; the secret itself carries the entropy.
        this.encryptor = Encryptors.delux(settings.secret(), salt(settings.secret()));
    }

    public String seal(String plain) {
        return encryptor.encrypt(plain);
    }

    public String open(String sealed) {
        return encryptor.decrypt(sealed);
    }

    private static String salt(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(("yagona-salt:" + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
