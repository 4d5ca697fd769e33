package uz.yagona.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import uz.yagona.shared.InvalidValueException;

/** A SHA-256 value: a document digest, a leaf hash or a node hash. Always 32 bytes. */
public record Hash(byte[] bytes) {

    public static final int LENGTH = 32;

    public Hash {
        if (bytes.length != LENGTH) {
            throw new InvalidValueException("ledger.hash.length", "A SHA-256 hash has 32 bytes, not " + bytes.length,
                    bytes.length);
        }
        bytes = bytes.clone();
    }

    /** Reads standard or URL-safe base64, padded or not, as clients send either. */
    public static Hash fromBase64(String text) {
        try {
            var normalized = text.strip().replace('-', '+').replace('_', '/');
            return new Hash(Base64.getDecoder().decode(pad(normalized)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("ledger.hash.base64", "Not base64: " + text);
        }
    }

    /** Reads 64 hexadecimal digits, as {@code sha256sum} prints them. */
    public static Hash fromHex(String text) {
        try {
            return new Hash(HexFormat.of().parseHex(text.strip()));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("ledger.hash.hex", "Not hexadecimal: " + text);
        }
    }

    /** SHA-256 of the given bytes. */
    public static Hash sha256(byte[]... parts) {
        var digest = newDigest();
        for (var part : parts) {
            digest.update(part);
        }
        return new Hash(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && Arrays.equals(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }

    private static String pad(String base64) {
        return switch (base64.length() % 4) {
            case 2 -> base64 + "==";
            case 3 -> base64 + "=";
            default -> base64;
        };
    }
}
