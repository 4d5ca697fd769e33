package uz.yagona.identity;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Set;

/** What an authenticator app shows for a secret, computed by the TOTP library the tests share with no code of ours. */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The code of the current 30-second step, or of a step {@code stepsAhead} away. */
    public static String code(String secret, int stepsAhead) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + stepsAhead);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A six-digit code that is none of the codes the drift window accepts now. */
    public static String wrong(String secret) {
        var near = Set.of(code(secret, -1), code(secret, 0), code(secret, 1), code(secret, 2));
        for (int candidate = 0; ; candidate++) {
            var guess = String.format("%06d", candidate);
            if (!near.contains(guess)) {
                return guess;
            }
        }
    }
}
