package uz.yagona.payments.internal;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the payments module. {@code sandboxSecret} is the HMAC-SHA256 key the sandbox provider signs its
 * callbacks with; {@code sandboxCallbackBase} is where the sandbox calls back (by default the server that
 * served its page); {@code zone} is the day of reconciliation.
 */
@ConfigurationProperties("yagona.payments")
public record PaymentsSettings(String sandboxSecret, @Nullable String sandboxCallbackBase, ZoneId zone) {

    /** The secret of application.yml, for development and tests only: the prod profile refuses it. */
    static final String DEVELOPMENT_SECRET = "dev-sandbox-secret-not-for-production";

    public PaymentsSettings {
        if (sandboxSecret == null || sandboxSecret.length() < 16) {
            throw new IllegalStateException("yagona.payments.sandbox-secret must have at least 16 characters");
        }
        zone = zone == null ? ZoneId.of("Asia/Tashkent") : zone;
    }
}
