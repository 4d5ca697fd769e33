package uz.yagona.enforcement.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.internal.PublicSearchSettings;

/**
 * How often one client address may search debtors: a token bucket per address, in process (each node counts
 * its own clients), holding {@code perMinute} tokens and refilled evenly over a minute. The address is the
 * request's remote address, which the {@code ForwardedHeaderFilter} sets from {@code X-Forwarded-For} when
 * {@code server.forward-headers-strategy} is {@code framework}.
 */
@Component
class SearchLimit {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final int maxClients;
    private final double tokensPerNano;

    SearchLimit(PublicSearchSettings settings) {
        this.capacity = settings.perMinute();
        this.maxClients = settings.maxClients();
        this.tokensPerNano = (double) capacity / MINUTE;
    }

    /** Takes a token for {@code client}: 0 if it may search now, else the seconds until it may (at least 1). */
    long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            evict(now);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now);
    }

    /** How many client addresses have a bucket now. */
    int clients() {
        return buckets.size();
    }

    /** Drops the buckets that have refilled (nobody searched from there for a while); all of them if none has. */
    private void evict(long now) {
        buckets.values().removeIf(bucket -> bucket.full(now));
        if (buckets.size() >= maxClients) {
            buckets.clear();
        }
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
