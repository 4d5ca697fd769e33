package uz.yagona.payments.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsSettings.class)
class PaymentsConfiguration {

    @Bean
    CallbackSignatures sandboxSignatures(PaymentsSettings settings) {
        return new CallbackSignatures(settings.sandboxSecret());
    }

    /** The development sandbox secret is in the source: anyone could forge "paid" callbacks with it in prod. */
    @Bean
    InitializingBean productionSandboxSecretCheck(PaymentsSettings settings, Environment environment) {
        return () -> {
            if (environment.acceptsProfiles(Profiles.of("prod"))
                    && PaymentsSettings.DEVELOPMENT_SECRET.equals(settings.sandboxSecret())) {
                throw new IllegalStateException("Set yagona.payments.sandbox-secret: the development secret is "
                        + "refused in prod, since it is public and would let anyone forge payment callbacks");
            }
        };
    }
}
