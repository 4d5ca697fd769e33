package uz.yagona.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notifications.
 *
 * @param mailFrom the sender address of e-mails
 * @param sendInterval how often the outbox is sent
 * @param batchSize how many messages one run of the sender claims at most
 * @param maxAttempts after how many failed attempts a message is given up (status FAILED)
 * @param retryDelay the delay after the first failure; it doubles with each further failure
 */
@ConfigurationProperties("yagona.notifications")
record NotificationSettings(String mailFrom, Duration sendInterval, int batchSize, int maxAttempts,
        Duration retryDelay) {

    NotificationSettings {
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "noreply@yagona.uz" : mailFrom;
        sendInterval = sendInterval == null ? Duration.ofSeconds(5) : sendInterval;
        batchSize = batchSize > 0 ? batchSize : 50;
        maxAttempts = maxAttempts > 0 ? maxAttempts : 8;
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
    }

    /** The delay after the {@code attempt}-th failure: retryDelay, 2×, 4×, … at most a day. */
    Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        var delay = retryDelay.multipliedBy(factor);
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
