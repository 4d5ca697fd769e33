package uz.yagona.enforcement;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.ClosedLoop;
import uz.yagona.exchange.RegistryPeople;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.signature.internal.CadesSigner;
import uz.yagona.signature.internal.Enrolment;

/**
 * Writs per second through the whole robot pipeline, in process: {@code bench.writs} (100,000) writs of
 * 6,000,000 soʻm, each against its own debtor (a resident with two accounts and a flat in the registries), are
 * drafted by a clerk and signed by the judge's signing client (CAdES-T with a P-256 key the judge holds, certified
 * by the national PKI from a request; the time-stamp comes from the platform's TSA); the platform verifies the
 * signature as the judge's, anchors the writ in the ledger, and the signed writ opens its case by itself (event
 * listener: ledger proof checked, department and officer assigned through the exchange, invoice issued, debtor
 * notified). Once their voluntary period is over, the cases are worked by the robot enforcer on two "nodes" (two
 * threads calling {@link EnforcementRobot#step()} at once: holds, debits, distribution, arrest, travel-ban
 * decision, robot decision). Next to it, in the same run, the ceiling: the bare insert of the same writ rows into
 * {@code enforcement.writ} by the same number of writers, with no signature, ledger, case or measures. Each stage
 * also reports the CPU it cost per writ (this JVM and the embedded PostgreSQL), which a shared machine skews less
 * than wall time.
 */
public final class RobotLoad {

    private static final long AMOUNT = 6_000_000_00L;

    private static final Path WORK = Path.of("target/bench-robot").toAbsolutePath();

    private RobotLoad() {
    }

    public static void main(String[] args) throws Exception {
        int writs = Integer.getInteger("bench.writs", 100_000);
        int writers = Integer.getInteger("bench.clients", 8);
        var context = ClosedLoop.startPlatform(WORK, Map.of(
                "spring.datasource.hikari.maximum-pool-size", "24",
                "yagona.enforcement.robot.interval", "1h",
                "yagona.notifications.send-interval", "1h",
                "yagona.exchange.anchor-interval", "1h"));
        try {
            run(context, writs, writers);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int count, int writers) throws Exception {
        System.out.printf("## machine%n%s%n", ClosedLoop.machine());
        var citizens = context.getBean(TestCitizens.class);
        var persons = context.getBean(Persons.class);
        var registry = context.getBean(RegistryPeople.class);
        var writs = context.getBean(Writs.class);
        var robot = context.getBean(EnforcementRobot.class);
        var enrolment = context.getBean(Enrolment.class);
        var cades = context.getBean(CadesSigner.class);
        var jdbc = context.getBean(JdbcClient.class);

        // the court's staff and the department's officers; the judge holds a P-256 key of their own (as on a
        // token) and the national PKI certifies it from a request, as the court's signing client does
        var clerk = citizens.appointedTo("SC", "COURT_CLERK").login().pinfl();
        var judgeAppointed = citizens.appointedTo("SC", "JUDGE");
        var judge = judgeAppointed.login().pinfl();
        var judgeKeys = KeyPairGenerator.getInstance("EC");
        judgeKeys.initialize(new ECGenParameterSpec("secp256r1"));
        var judgeKey = judgeKeys.generateKeyPair();
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=Judge"), judgeKey.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(judgeKey.getPrivate())).getEncoded();
        var certificate = enrolment.issueForRequest(judge, request, "OFFICIAL:" + judgeAppointed.officer().id());
        for (int i = 0; i < 3; i++) {
            citizens.appointedTo("MBB.1726.1726266", "ENFORCEMENT_OFFICER");
        }

        // setup, not measured: one debtor per writ, known to the national ID and the registries
        var started = System.nanoTime();
        var debtors = parallel(writers, count, i -> {
            var pinfl = TestCitizens.freshPinfl(Sex.MALE);
            persons.register(new NewPerson(pinfl, new PersonName("Karimov", "Jasur", "Anvarovich"),
                    new PersonName("Каримов", "Жасур", "Анварович"), pinfl.birthDate(), Sex.MALE, null, null));
            registry.resident(pinfl);
            return pinfl;
        });
        System.out.printf("## setup: %d debtors in %.1f s (not measured)%n", count, seconds(started));

        // ceiling: the same rows, bare inserts into enforcement.writ
        var pg = WORK.resolve("pg");
        double cpu0 = ClosedLoop.cpuSeconds(pg);
        var ceilingStart = System.nanoTime();
        parallel(writers, count, i -> {
            jdbc.sql("insert into enforcement.writ (number, court, decision_number, decision_date, creditor_stir, "
                            + "creditor_name, debtor_pinfl, debtor_name, claim_type, amount_tiyin, author, issued_at, "
                            + "status) values (?, 'SC', '2-1234/2026', ?, '301234567', '\"Toshkent Non\" MChJ', ?, "
                            + "'Karimov Jasur', 'MONEY_RECOVERY', ?, ?, ?, 'DRAFT')")
                    .params("BENCH-" + i, LocalDate.now().minusDays(10), debtors.get(i).value(), AMOUNT,
                            clerk.value(), Timestamp.from(Instant.now()))
                    .update();
            return i;
        });
        double ceiling = count / seconds(ceilingStart);
        double ceilingCpu = ClosedLoop.cpuSeconds(pg) - cpu0;

        // the pipeline: the clerk drafts, the judge's client signs the canonical form (CAdES-T), the platform
        // verifies and anchors the signature; the signed writ opens its case by itself (event listener: signature
        // and ledger proof verified, department and officer assigned through the exchange, invoice, notice)
        var drafting = new LongAdder();
        var signing = new LongAdder();
        var anchoring = new LongAdder();
        var sampler = Sampler.start(jdbc);
        double cpu1 = ClosedLoop.cpuSeconds(pg);
        var pipelineStart = System.nanoTime();
        var numbers = parallel(writers, count, i -> {
            long t0 = System.nanoTime();
            var writ = writs.draft(new NewWrit("2-1234/2026", LocalDate.now().minusDays(10),
                    new Party(null, new uz.yagona.shared.Stir("301234567"), "\"Toshkent Non\" MChJ"),
                    new Party(debtors.get(i), null, "Karimov Jasur Anvarovich"), ClaimType.MONEY_RECOVERY,
                    Money.ofTiyin(AMOUNT), null, null), "SC", clerk);
            long t1 = System.nanoTime();
            var signature = cades.sign(writs.canonical(writ.number()), judgeKey.getPrivate(), certificate);
            long t2 = System.nanoTime();
            writs.attachSignature(writ.number(), judge, signature);
            long t3 = System.nanoTime();
            if ((i + 1) % 10_000 == 0) {
                System.out.printf("## progress: %d writs signed after %.1f s%n", i + 1, seconds(pipelineStart));
            }
            drafting.add(t1 - t0);
            signing.add(t2 - t1);
            anchoring.add(t3 - t2);
            return writ.number();
        });
        double signed = seconds(pipelineStart);
        var writNumbers = numbers.toArray(String[]::new);
        long casesOpen;
        long lastProgress = System.nanoTime();
        long lastCount = -1;
        while ((casesOpen = jdbc.sql("select count(*) from enforcement.enforcement_case where writ_number = any(?)")
                .param(writNumbers).query(Long.class).single()) < count) {
            if (casesOpen != lastCount) {
                lastCount = casesOpen;
                lastProgress = System.nanoTime();
            } else if (seconds(lastProgress) > 180) {
                throw new IllegalStateException("Cases stopped opening at " + casesOpen + " of " + count);
            }
            Thread.sleep(200);
        }
        numbers = jdbc.sql("select number from enforcement.enforcement_case where writ_number = any(?)")
                .param(writNumbers).query(String.class).list();
        double opened = seconds(pipelineStart);
        double openedCpu = ClosedLoop.cpuSeconds(pg) - cpu1;
        System.out.printf("## stages: writs drafted, signed and anchored in %.1f s (%.1f/s), cases open after %.1f s;"
                + " per writ (thread time) draft %.1f ms, client signature %.1f ms, verify + anchor %.1f ms%n",
                signed, count / signed, opened, drafting.sum() / 1e6 / count, signing.sum() / 1e6 / count,
                anchoring.sum() / 1e6 / count);
        // the voluntary period passes (one statement, not measured)
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = any(?)")
                .params(LocalDate.now().minusDays(1), numbers.toArray(String[]::new)).update();
        double cpu2 = ClosedLoop.cpuSeconds(pg);
        var robotStart = System.nanoTime();
        var worked = new AtomicInteger();
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var rounds = new ArrayList<Future<?>>();
            for (int node = 0; node < 2; node++) {
                rounds.add(nodes.submit(() -> {
                    int n;
                    while ((n = robot.step()) > 0) {
                        int before = worked.getAndAdd(n);
                        if ((before + n) / 10_000 > before / 10_000) {
                            System.out.printf("## progress: %d cases worked by the robot after %.1f s%n", before + n,
                                    seconds(robotStart));
                        }
                    }
                    return null;
                }));
            }
            for (var round : rounds) {
                round.get();
            }
        }
        double robotSeconds = seconds(robotStart);
        double robotCpu = ClosedLoop.cpuSeconds(pg) - cpu2;
        sampler.stop(15);
        long withMeasures = jdbc.sql("select count(distinct case_number) from enforcement.measure "
                + "where kind = 'ASSETS_FOUND' and actor = 'robot' and case_number = any(?)")
                .param(numbers.toArray(String[]::new)).query(Long.class).single();
        long robotDecisions = jdbc.sql("select count(*) from enforcement.decision where kind = 'ROBOT_MEASURES' "
                + "and case_number = any(?)").param(numbers.toArray(String[]::new)).query(Long.class).single();
        long handedOver = jdbc.sql("select count(*) from enforcement.decision where kind = 'ROBOT_STOPPED' "
                + "and case_number = any(?)").param(numbers.toArray(String[]::new)).query(Long.class).single();
        double total = opened + robotSeconds;

        System.out.printf("## robot pipeline: %d writs, %d writers, robot on 2 nodes%n", count, writers);
        System.out.println("| stage | writs | seconds | writs per second | ratio to ceiling | CPU ms per writ "
                + "(JVM + PostgreSQL) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        System.out.printf("| ceiling: bare insert into enforcement.writ | %d | %.1f | %.0f | 1.000 | %.2f |%n", count,
                count / ceiling, ceiling, ceilingCpu * 1000 / count);
        System.out.printf("| draft + sign + open case | %d | %.1f | %.1f | %.4f | %.1f |%n", count, opened,
                count / opened, count / opened / ceiling, openedCpu * 1000 / count);
        System.out.printf("| robot measures (2 nodes) | %d | %.1f | %.1f | %.4f | %.1f |%n", withMeasures,
                robotSeconds, withMeasures / robotSeconds, withMeasures / robotSeconds / ceiling,
                robotCpu * 1000 / withMeasures);
        System.out.printf("| full pipeline (draft to measures) | %d | %.1f | %.1f | %.4f | %.1f |%n", withMeasures,
                total, withMeasures / total, withMeasures / total / ceiling,
                (openedCpu + robotCpu) * 1000 / withMeasures);
        System.out.printf("robot steps counted %d, ROBOT_MEASURES decisions %d, ROBOT_STOPPED %d%n", worked.get(),
                robotDecisions, handedOver);
    }

    /**
     * What the database is doing while the pipeline runs: every 50 ms, the active statements of the platform's
     * connections with what they wait for; at the end the most frequent, to find where writs queue.
     */
    private static final class Sampler {

        private final JdbcClient jdbc;
        private final Map<String, Integer> seen = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        private Sampler(JdbcClient jdbc) {
            this.jdbc = jdbc;
            this.thread = Thread.ofPlatform().daemon().name("bench-sampler").unstarted(this::sample);
        }

        static Sampler start(JdbcClient jdbc) {
            var sampler = new Sampler(jdbc);
            sampler.thread.start();
            return sampler;
        }

        private void sample() {
            while (running) {
                try {
                    jdbc.sql("select coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '') || ' | ' "
                                    + "|| left(regexp_replace(query, '\\s+', ' ', 'g'), 120) from pg_stat_activity "
                                    + "where state = 'active' and pid <> pg_backend_pid() "
                                    + "and backend_type = 'client backend'")
                            .query(String.class).list().forEach(row -> seen.merge(row, 1, Integer::sum));
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a sample lost to a busy pool is no loss
                }
            }
        }

        void stop(int top) throws InterruptedException {
            running = false;
            thread.join();
            System.out.println("## where the database was busy (samples every 50 ms: wait | statement)");
            seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> System.out.printf("%6d  %s%n", e.getValue(), e.getKey()));
        }
    }

    private interface Task<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code task} for 0..count-1 on {@code writers} threads; the results in index order. */
    private static <T> List<T> parallel(int writers, int count, Task<T> task) throws Exception {
        var results = new ArrayList<T>(java.util.Collections.nCopies(count, null));
        var next = new AtomicInteger();
        var failures = new ConcurrentLinkedQueue<Exception>();
        try (var pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count && failures.isEmpty()) {
                        try {
                            var result = task.run(i);
                            synchronized (results) {
                                results.set(i, result);
                            }
                        } catch (Exception e) {
                            failures.add(e);
                        }
                    }
                });
            }
        }
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
        return results;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
