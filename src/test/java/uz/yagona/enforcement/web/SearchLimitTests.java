package uz.yagona.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uz.yagona.enforcement.internal.PublicSearchSettings;

/** The per-address token bucket: the limit, a wait to tell the client, addresses apart, and bounded memory. */
class SearchLimitTests {

    @Test
    void anAddressMaySearchPerMinuteTimesThenIsToldHowLongToWaitWhileOthersMayStill() {
        var limit = new SearchLimit(new PublicSearchSettings(3, 100));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire("198.51.100.1")).isZero();
        }
        // one token comes back every 20 s at 3 a minute
        assertThat(limit.acquire("198.51.100.1")).isBetween(1L, 20L);
        assertThat(limit.acquire("198.51.100.2")).isZero();
    }

    @Test
    void aFloodOfAddressesKeepsAtMostMaxClientsBuckets() {
        var limit = new SearchLimit(new PublicSearchSettings(30, 50));
        for (int i = 0; i < 10_000; i++) {
            limit.acquire("203.0.113." + i);
            assertThat(limit.clients()).isLessThanOrEqualTo(50);
        }
    }
}
