package uz.yagona.appeals.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.yagona.shared.RepeatingJob;

/** Escalates overdue appeals to the superior body on a schedule (hourly by default). */
@Configuration(proxyBeanMethods = false)
class EscalationJob {

    @Bean
    RepeatingJob appealsEscalationJob(Processing processing,
            @Value("${yagona.appeals.escalation-interval:1h}") Duration interval) {
        return new RepeatingJob("appeals-escalation", interval, () -> processing.escalateOverdue(processing.today()));
    }
}
