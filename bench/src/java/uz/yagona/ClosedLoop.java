package uz.yagona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closed-loop load for the load generators: each client asks, waits for the answer, asks again, until the time is
 * up; latencies of all clients merged into p50 and p99. A failed request fails the round (the first is printed).
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** One request; {@code index} is drawn at random below the size given to {@link #run}. */
    @FunctionalInterface
    public interface Request {
        void ask(SplittableRandom random, int index) throws Exception;
    }

    /** What a round measured; latencies in nanoseconds. */
    public record Result(String name, long count, Duration duration, long p50, long p99) {

        public Result named(String name) {
            return new Result(name, count, duration, p50, p99);
        }

        public double perSecond() {
            return count / (duration.toNanos() / 1e9);
        }
    }

    public static Result run(Request request, int size, int clients, Duration duration) throws Exception {
        var stop = System.nanoTime() + duration.toNanos();
        var failures = new AtomicLong();
        var tasks = new ArrayList<Callable<long[]>>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            tasks.add(() -> {
                var random = new SplittableRandom(seed);
                var latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < stop) {
                    long started = System.nanoTime();
                    try {
                        request.ask(random, random.nextInt(size));
                    } catch (Exception e) {
                        if (failures.getAndIncrement() == 0) {
                            e.printStackTrace();
                        }
                        continue;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - started;
                }
                return Arrays.copyOf(latencies, n);
            });
        }
        long started = System.nanoTime();
        var all = new ArrayList<long[]>();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (var future : pool.invokeAll(tasks)) {
                all.add(future.get());
            }
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        var merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (failures.get() > 0 || merged.length == 0) {
            throw new IllegalStateException(failures.get() + " failed requests");
        }
        return new Result("", merged.length, elapsed, percentile(merged, 0.50), percentile(merged, 0.99));
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    /** The machine, for the first line of a report. */
    /**
     * CPU seconds used so far by this JVM and by the embedded PostgreSQL whose data directory is {@code pgData}
     * (its postmaster, live backends and the backends that ended), from /proc: on a machine shared with other work,
     * the CPU a stage costs says more than its wall time.
     */
    public static double cpuSeconds(Path pgData) throws IOException {
        var jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).getFirst().strip());
        long ticks = ticks(postmaster, true);
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    var fields = stat(process);
                    if (Long.parseLong(fields[1]) == postmaster) {
                        ticks += ticks(Long.parseLong(process.getFileName().toString()), false);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        }
        return jvm + ticks / 100.0;
    }

    /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, ... */
    private static String[] stat(Path process) throws IOException {
        var text = Files.readString(process.resolve("stat"));
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
    }

    private static long ticks(long pid, boolean withEndedChildren) throws IOException {
        var fields = stat(Path.of("/proc", Long.toString(pid)));
        long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withEndedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    }

    public static String machine() throws IOException {
        var cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        return "%s, %d cores, %s, JDK %s".formatted(System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), cpu, Runtime.version());
    }

    /**
     * Starts the whole platform for a load generator on a random port, with its database, keys and documents in
     * {@code work} (wiped first) and demo data off; {@code more} settings are added or override these. Settings go
     * in as command-line arguments, so that they win over application.yml.
     */
    public static ConfigurableApplicationContext startPlatform(Path work, Map<String, String> more)
            throws IOException {
        deleteRecursively(work);
        Files.createDirectories(work);
        var settings = new LinkedHashMap<String, String>();
        settings.put("server.port", "0");
        settings.put("yagona.database.embedded.data-dir", work.resolve("pg").toString());
        settings.put("yagona.demo.enabled", "false");
        settings.put("yagona.ledger.key-store", work.resolve("ledger/ledger.p12").toString());
        settings.put("yagona.ledger.key-password", "bench-ledger-key-password");
        settings.put("yagona.signature.key-store-dir", work.resolve("pki").toString());
        settings.put("yagona.documents.storage-dir", work.resolve("documents").toString());
        settings.put("logging.level.root", "WARN");
        settings.putAll(more);
        return new SpringApplicationBuilder(YagonaApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    public static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
