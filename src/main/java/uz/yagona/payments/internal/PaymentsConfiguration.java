package uz.yagona.payments.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsSettings.class)
class PaymentsConfiguration {

    @Bean
    CallbackSignatures sandboxSignatures(PaymentsSettings settings) {
        return new CallbackSignatures(settings.sandboxSecret());
    }
}
