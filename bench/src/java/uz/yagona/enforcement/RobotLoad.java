package uz.yagona.enforcement;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
import uz.yagona.signature.Signatures;

/**
 * Writs per second through the whole robot pipeline, in process: {@code bench.writs} (100,000) writs of
 * 6,000,000 soʻm, each against its own debtor (a resident with two accounts and a flat in the registries), are
 * drafted by a clerk, signed by a judge with a kept key (ECDSA, ledger append), opened as cases (signature and
 * ledger proof verified, department and officer assigned through the exchange, invoice issued, debtor notified),
 * and, once their voluntary period is over, worked by the robot enforcer on two "nodes" (two threads calling
 * {@link EnforcementRobot#step()} at once: holds, debits, distribution, arrest, travel-ban decision, robot
 * decision). Next to it, in the same run, the ceiling: the bare insert of the same writ rows into
 * {@code enforcement.writ} by the same number of writers, with no signature, ledger, case or measures.
 */
public final class RobotLoad {

    private static final long AMOUNT = 6_000_000_00L;
    private static final String PIN = "482910";

    private RobotLoad() {
    }

    public static void main(String[] args) throws Exception {
        int writs = Integer.getInteger("bench.writs", 100_000);
        int writers = Integer.getInteger("bench.clients", 8);
        var context = ClosedLoop.startPlatform(Path.of("target/bench-robot").toAbsolutePath(), Map.of(
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
        var signatures = context.getBean(Signatures.class);
        var writs = context.getBean(Writs.class);
        var cases = context.getBean(EnforcementCases.class);
        var robot = context.getBean(EnforcementRobot.class);
        var jdbc = context.getBean(JdbcClient.class);

        // the court's staff and the department's officers
        var clerk = citizens.appointedTo("SC", "COURT_CLERK").login().pinfl();
        var judgeAppointed = citizens.appointedTo("SC", "JUDGE");
        var judge = judgeAppointed.login().pinfl();
        var key = signatures.enrol(judge, PIN, "OFFICIAL:" + judgeAppointed.officer().id()).serial();
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

        // the pipeline: draft, sign, open (verify, assign, invoice, notify)
        var pipelineStart = System.nanoTime();
        var numbers = parallel(writers, count, i -> {
            var writ = writs.draft(new NewWrit("2-1234/2026", LocalDate.now().minusDays(10),
                    new Party(null, new uz.yagona.shared.Stir("301234567"), "\"Toshkent Non\" MChJ"),
                    new Party(debtors.get(i), null, "Karimov Jasur Anvarovich"), ClaimType.MONEY_RECOVERY,
                    Money.ofTiyin(AMOUNT), null, null), "SC", clerk);
            writs.sign(writ.number(), judge, key, PIN);
            for (int attempt = 0; ; attempt++) {
                try {
                    return cases.open(writ.number()).orElseThrow().number();
                } catch (IllegalStateException notInLedgerYet) {
                    if (attempt > 50) {
                        throw notInLedgerYet;
                    }
                    Thread.sleep(100);
                }
            }
        });
        double opened = seconds(pipelineStart);
        // the voluntary period passes (one statement, not measured)
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = any(?)")
                .params(LocalDate.now().minusDays(1), numbers.toArray(String[]::new)).update();
        var robotStart = System.nanoTime();
        var worked = new AtomicInteger();
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var rounds = new ArrayList<Future<?>>();
            for (int node = 0; node < 2; node++) {
                rounds.add(nodes.submit(() -> {
                    int n;
                    while ((n = robot.step()) > 0) {
                        worked.addAndGet(n);
                    }
                    return null;
                }));
            }
            for (var round : rounds) {
                round.get();
            }
        }
        double robotSeconds = seconds(robotStart);
        long withMeasures = jdbc.sql("select count(distinct case_number) from enforcement.measure "
                + "where kind = 'ASSETS_FOUND' and actor = 'robot' and case_number = any(?)")
                .param(numbers.toArray(String[]::new)).query(Long.class).single();
        long robotDecisions = jdbc.sql("select count(*) from enforcement.decision where kind = 'ROBOT_MEASURES' "
                + "and case_number = any(?)").param(numbers.toArray(String[]::new)).query(Long.class).single();
        long handedOver = jdbc.sql("select count(*) from enforcement.decision where kind = 'ROBOT_STOPPED' "
                + "and case_number = any(?)").param(numbers.toArray(String[]::new)).query(Long.class).single();
        double total = opened + robotSeconds;

        System.out.printf("## robot pipeline: %d writs, %d writers, robot on 2 nodes%n", count, writers);
        System.out.println("| stage | writs | seconds | writs per second | ratio to ceiling |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        System.out.printf("| ceiling: bare insert into enforcement.writ | %d | %.1f | %.0f | 1.000 |%n", count,
                count / ceiling, ceiling);
        System.out.printf("| draft + sign + open case | %d | %.1f | %.1f | %.4f |%n", count, opened, count / opened,
                count / opened / ceiling);
        System.out.printf("| robot measures (2 nodes) | %d | %.1f | %.1f | %.4f |%n", withMeasures, robotSeconds,
                withMeasures / robotSeconds, withMeasures / robotSeconds / ceiling);
        System.out.printf("| full pipeline (draft to measures) | %d | %.1f | %.1f | %.4f |%n", withMeasures, total,
                withMeasures / total, withMeasures / total / ceiling);
        System.out.printf("robot steps counted %d, ROBOT_MEASURES decisions %d, ROBOT_STOPPED %d%n", worked.get(),
                robotDecisions, handedOver);
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
