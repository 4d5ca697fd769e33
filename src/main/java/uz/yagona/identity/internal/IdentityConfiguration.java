package uz.yagona.identity.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Production must not run on the development secret that anyone can read in the source. */
    @Bean
    InitializingBean productionSecretCheck(IdentitySettings settings, Environment environment) {
        return () -> {
            if (environment.acceptsProfiles(Profiles.of("prod"))
                    && IdentitySettings.DEVELOPMENT_SECRET.equals(settings.secret())) {
                throw new IllegalStateException("Set yagona.identity.secret: the development secret is refused in prod");
            }
        };
    }

    /** Argon2id (OWASP's first choice) for new hashes; bcrypt still read for imported accounts. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
