package uz.yagona.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exchange.
 *
 * @param anchorInterval how often the head of the access log is anchored in the ledger (if it moved)
 * @param requestMaxAge how old the {@code iat} of a signed request may be; older ones are refused as replays
 * @param historyLimit how many entries "who looked at my data" shows at most
 */
@ConfigurationProperties("yagona.exchange")
record ExchangeSettings(Duration anchorInterval, Duration requestMaxAge, int historyLimit) {

    ExchangeSettings {
        anchorInterval = anchorInterval == null ? Duration.ofSeconds(30) : anchorInterval;
        requestMaxAge = requestMaxAge == null ? Duration.ofMinutes(5) : requestMaxAge;
        historyLimit = historyLimit > 0 ? historyLimit : 200;
    }
}
