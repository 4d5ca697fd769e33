package uz.yagona.notifications.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;

/** Sends the outbox every {@code yagona.notifications.send-interval}; every node may run it at once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class SendSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SendSchedule.class);

    private final OutboxSender sender;
    private final NotificationSettings settings;
    private @Nullable ScheduledExecutorService executor;

    SendSchedule(OutboxSender sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("notifications-sender").daemon().factory());
        long every = settings.sendInterval().toMillis();
        executor.scheduleWithFixedDelay(this::send, every, every, TimeUnit.MILLISECONDS);
    }

    private void send() {
        try {
            while (sender.sendDue() == settings.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("Could not send the notifications outbox; the next run tries again", e);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
