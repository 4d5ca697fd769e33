package uz.yagona.enforcement.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public debtor search.
 *
 * @param perMinute searches (API and page together) one client address may make per minute: a token bucket of
 *        that size, refilled evenly over the minute; more are answered 429 with {@code Retry-After}
 * @param maxClients the most client addresses whose buckets are kept; idle (full) buckets are dropped first, and
 *        if every one is in use all are dropped, so memory stays bounded under a flood of addresses
 */
@ConfigurationProperties("yagona.enforcement.public-search")
public record PublicSearchSettings(@Nullable Integer perMinute, @Nullable Integer maxClients) {

    public PublicSearchSettings {
        perMinute = perMinute == null ? 30 : perMinute;
        if (perMinute < 1) {
            throw new IllegalArgumentException("yagona.enforcement.public-search.per-minute must be at least 1");
        }
        maxClients = maxClients == null ? 100_000 : maxClients;
        if (maxClients < 1) {
            throw new IllegalArgumentException("yagona.enforcement.public-search.max-clients must be at least 1");
        }
    }
}
