package uz.yagona.signature.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class SignatureConfiguration {

    /** The development key-store password is in the source: production must not protect CA keys with it. */
    @Bean
    InitializingBean productionKeyStorePasswordCheck(SignatureSettings settings, Environment environment) {
        return () -> {
            if (environment.acceptsProfiles(Profiles.of("prod"))
                    && SignatureSettings.DEVELOPMENT_PASSWORD.equals(settings.keyStorePassword())) {
                throw new IllegalStateException(
                        "Set yagona.signature.key-store-password: the development password is refused in prod");
            }
        };
    }
}
