package uz.yagona.ledger.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the sequencer in a loop (a full batch is followed at once by the next, otherwise it rests for the batch
 * interval) and the monitor on a fixed delay. Several nodes may run both: an advisory lock lets one sequence
 * at a time, and every node's monitor checks independently.
 */
final class LedgerWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerWorkers.class);

    private final Sequencer sequencer;
    private final Monitor monitor;
    private final LedgerSettings settings;
    private volatile boolean running;
    private @Nullable Thread sequencing;
    private @Nullable ScheduledExecutorService monitoring;

    LedgerWorkers(Sequencer sequencer, Monitor monitor, LedgerSettings settings) {
        this.sequencer = sequencer;
        this.monitor = monitor;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
        sequencing = Thread.ofPlatform().name("ledger-sequencer").daemon().start(this::sequence);
        monitoring = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ledger-monitor").daemon()
                .factory());
        long delay = settings.monitorInterval().toMillis();
        monitoring.scheduleWithFixedDelay(this::monitor, delay, delay, TimeUnit.MILLISECONDS);
    }

    private void sequence() {
        while (running) {
            try {
                if (sequencer.integrate() < settings.batchSize()) {
                    Thread.sleep(settings.batchInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Ledger batch failed; pending entries stay queued and are retried", e);
                pause();
            }
        }
    }

    private void monitor() {
        try {
            monitor.check();
        } catch (RuntimeException e) {
            log.warn("Ledger monitor could not run", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        var thread = sequencing;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var executor = monitoring;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
