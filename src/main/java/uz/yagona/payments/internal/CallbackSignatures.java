package uz.yagona.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over a callback's exact body bytes, hex encoded; compared in constant time. */
public final class CallbackSignatures {

    public static final String HEADER = "X-Signature";

    private final byte[] secret;

    public CallbackSignatures(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }

    public boolean verify(byte[] body, String signature) {
        var expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
