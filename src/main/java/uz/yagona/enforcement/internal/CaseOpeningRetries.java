package uz.yagona.enforcement.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import uz.yagona.enforcement.WritSigned;
import uz.yagona.shared.RepeatingJob;

/** Delivers again, each minute, signed writs whose case did not open (a failure left the publication open). */
@Configuration(proxyBeanMethods = false)
class CaseOpeningRetries {

    @Bean
    RepeatingJob caseOpeningRetryJob(IncompleteEventPublications publications, Clock clock) {
        return new RepeatingJob("enforcement-case-opening", Duration.ofMinutes(1), () ->
                publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof WritSigned
                        && publication.getPublicationDate().isBefore(clock.instant().minusSeconds(60))));
    }
}
