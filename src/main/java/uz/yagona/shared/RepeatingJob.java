package uz.yagona.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work that runs again and again, {@code delay} after the previous run ended, on a daemon thread of its own
 * while the application runs. A run that fails is logged and the next one tries again. Modules declare one as a
 * bean; work that must not run on two nodes at once takes its own database lock.
 */
public final class RepeatingJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RepeatingJob.class);

    private final String name;
    private final Duration delay;
    private final Runnable work;
    private @Nullable ScheduledExecutorService executor;

    public RepeatingJob(String name, Duration delay, Runnable work) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("The delay of " + name + " must be positive");
        }
        this.name = name;
        this.delay = delay;
        this.work = work;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        long every = delay.toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; the next run tries again", name, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
