package uz.yagona.identity.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps) as every authenticator app
 * reads them. A code is accepted one step early or late for clock drift; the caller records the step used so
 * that no code is accepted twice.
 */
@Component
public class Totp {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int DRIFT_STEPS = 1;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final Clock clock;
    private final IdentitySettings settings;

    Totp(Clock clock, IdentitySettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** A new base32 secret of 160 bits. */
    public String newSecret() {
        return secrets.generate();
    }

    /** The time step whose code equals {@code code}, if any step within the drift window matches. */
    public OptionalLong matchingStep(String secret, String code) {
        var digits = code.strip().replace(" ", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the current step: for tests and for the demo's documented officer logins. */
    public String currentCode(String secret) {
        return code(secret, clock.instant().getEpochSecond() / PERIOD_SECONDS);
    }

    /** The otpauth:// URI an authenticator app scans. */
    public String uri(String secret, String accountName) {
        return qrData(secret, accountName).getUri();
    }

    /** The same URI as a PNG QR code in a data: URI, ready for an img element. */
    public String qrDataUri(String secret, String accountName) {
        try {
            var png = new ZxingPngQrGenerator().generate(qrData(secret, accountName));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    private QrData qrData(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer(settings.totpIssuer())
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP secret is not valid base32", e);
        }
    }
}
