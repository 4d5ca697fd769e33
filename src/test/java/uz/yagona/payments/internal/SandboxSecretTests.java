package uz.yagona.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The public development secret of the payment sandbox never signs callbacks in production. */
class SandboxSecretTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PaymentsConfiguration.class);

    @Test
    void theProdProfileRefusesToStartWithTheDevelopmentSecret() {
        context.withPropertyValues("spring.profiles.active=prod",
                        "yagona.payments.sandbox-secret=" + PaymentsSettings.DEVELOPMENT_SECRET)
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure()).rootCause()
                            .hasMessageContaining("yagona.payments.sandbox-secret")
                            .hasMessageContaining("refused in prod");
                });
    }

    @Test
    void theProdProfileStartsWithASecretOfItsOwn() {
        context.withPropertyValues("spring.profiles.active=prod",
                        "yagona.payments.sandbox-secret=a-production-secret-from-the-vault")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void developmentStartsWithTheDevelopmentSecret() {
        context.withPropertyValues("yagona.payments.sandbox-secret=" + PaymentsSettings.DEVELOPMENT_SECRET)
                .run(started -> assertThat(started).hasNotFailed());
    }
}
