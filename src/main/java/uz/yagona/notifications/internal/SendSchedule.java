package uz.yagona.notifications.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.yagona.shared.RepeatingJob;

/** Sends the outbox every {@code yagona.notifications.send-interval}; every node may run it at once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class SendSchedule {

    @Bean
    RepeatingJob outboxSending(OutboxSender sender, NotificationSettings settings) {
        return new RepeatingJob("notifications-sender", settings.sendInterval(), () -> {
            while (sender.sendDue() == settings.batchSize()) {
                // a full batch: more may be due
            }
        });
    }
}
