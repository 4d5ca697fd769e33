package uz.yagona.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the national ID.
 *
 * @param maxFailedAttempts failed password or TOTP attempts in a row before the account locks
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted (NIST SP 800-63B asks for at least 8)
 * @param secret the platform secret that encrypts TOTP seeds and token-signing keys at rest; the default is
 *     for development only and is refused in the {@code prod} profile
 * @param totpIssuer the issuer name an authenticator app shows
 */
@ConfigurationProperties("yagona.identity")
public record IdentitySettings(
        int maxFailedAttempts, Duration lockout, int minPasswordLength, String secret, String totpIssuer) {

    static final String DEVELOPMENT_SECRET = "yagona-development-secret-change-me";

    public IdentitySettings {
        maxFailedAttempts = maxFailedAttempts > 0 ? maxFailedAttempts : 5;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        minPasswordLength = minPasswordLength > 0 ? minPasswordLength : 10;
        secret = secret == null || secret.isBlank() ? DEVELOPMENT_SECRET : secret;
        totpIssuer = totpIssuer == null || totpIssuer.isBlank() ? "Yagona" : totpIssuer;
    }
}
