package uz.yagona.exchange.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;

/** Anchors the access log's head in the ledger every {@code yagona.exchange.anchor-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeSettings.class)
class AnchorSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);

    private final Anchors anchors;
    private final ExchangeSettings settings;
    private @Nullable ScheduledExecutorService executor;

    AnchorSchedule(Anchors anchors, ExchangeSettings settings) {
        this.anchors = anchors;
        this.settings = settings;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("exchange-anchor").daemon().factory());
        long every = settings.anchorInterval().toMillis();
        executor.scheduleWithFixedDelay(this::anchor, every, every, TimeUnit.MILLISECONDS);
    }

    private void anchor() {
        try {
            anchors.anchorNow();
        } catch (RuntimeException e) {
            log.warn("Could not anchor the access log head; the next run tries again", e);
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
