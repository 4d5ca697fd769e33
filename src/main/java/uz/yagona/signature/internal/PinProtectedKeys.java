package uz.yagona.signature.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a private key under its holder's PIN: PBKDF2-HMAC-SHA256 turns the PIN and a random salt into an
 * AES-256 key, AES-GCM encrypts the PKCS#8 key with the certificate serial as associated data, so a sealed key
 * cannot be moved to another certificate. Only JDK primitives; the platform never stores the PIN.
 */
public final class PinProtectedKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PinProtectedKeys() {
    }

    /** A key as stored: ciphertext with its salt, nonce and PBKDF2 iterations. */
    public record SealedKey(byte[] ciphertext, byte[] salt, byte[] nonce, int iterations) {
    }

    /** The PIN did not open the key. */
    public static final class WrongPinException extends Exception {
        WrongPinException() {
            super("The PIN does not open this key");
        }
    }

    public static SealedKey seal(PrivateKey key, char[] pin, String serial, int iterations) {
        var salt = new byte[16];
        var nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, pin, salt, nonce, iterations, serial);
            return new SealedKey(cipher.doFinal(key.getEncoded()), salt, nonce, iterations);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a key", e);
        }
    }

    public static PrivateKey open(SealedKey sealed, char[] pin, String serial, String keyAlgorithm)
            throws WrongPinException {
        byte[] plain = null;
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, pin, sealed.salt(), sealed.nonce(), sealed.iterations(), serial);
            plain = cipher.doFinal(sealed.ciphertext());
            return KeyFactory.getInstance(keyAlgorithm).generatePrivate(new PKCS8EncodedKeySpec(plain));
        } catch (AEADBadTagException e) {
            throw new WrongPinException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a sealed key", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static Cipher cipher(int mode, char[] pin, byte[] salt, byte[] nonce, int iterations, String serial)
            throws GeneralSecurityException {
        var spec = new PBEKeySpec(pin, salt, iterations, 256);
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(serial.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return cipher;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }
}
