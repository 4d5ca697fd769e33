package uz.yagona.exchange.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.yagona.shared.RepeatingJob;

/** Anchors the access log's head in the ledger every {@code yagona.exchange.anchor-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeSettings.class)
class AnchorSchedule {

    @Bean
    RepeatingJob accessLogAnchoring(Anchors anchors, ExchangeSettings settings) {
        return new RepeatingJob("exchange-anchor", settings.anchorInterval(), anchors::anchorNow);
    }
}
