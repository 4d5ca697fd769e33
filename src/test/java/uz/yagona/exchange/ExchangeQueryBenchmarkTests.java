package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.registry.Bank;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Banks;
import uz.yagona.registry.FullName;
import uz.yagona.registry.Owner;
import uz.yagona.registry.Passport;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.registry.Resident;
import uz.yagona.registry.Share;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/**
 * Latency of the benchmark query, "person with accounts and real estate by PINFL", through the exchange (policy,
 * five registry reads, an access-log entry group-committed) next to the same data read by one SQL
 * statement straight from the registry tables (the ceiling), by the same 32 concurrent clients in the same run.
 * Off by default; run with
 * {@code ./mvnw -o -q verify -Dtest=ExchangeQueryBenchmarkTests -Dexchange.bench.persons=1000000
 * -Dexchange.bench.queries=20000}. Prints p50/p99 and writes {@code target/exchange-benchmark.txt}.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "exchange.bench.persons", matches = "[0-9]+")
class ExchangeQueryBenchmarkTests {

    private static final int CLIENTS = 32;
    private static final int CHUNK = 20_000;

    /** The ceiling: everything the exchange answers, in one statement and one round trip. */
    private static final String DIRECT = """
            select r.pinfl, r.last_latn, r.first_latn, r.patronymic_latn, r.last_cyrl, r.first_cyrl,
                   r.patronymic_cyrl, r.birth_date, r.sex,
                   (select row_to_json(a) from (select * from registry.address where pinfl = r.pinfl
                        order by since desc limit 1) a) address,
                   (select json_agg(p) from registry.passport p where p.pinfl = r.pinfl) passports,
                   (select json_agg(ac) from registry.account ac where ac.owner_pinfl = r.pinfl) accounts,
                   (select json_agg(json_build_object('object', re,
                        'owners', (select json_agg(o) from registry.real_estate_share o
                                   where o.cadastral_number = re.cadastral_number),
                        'encumbrances', (select json_agg(e) from registry.encumbrance e
                                         where e.cadastral_number = re.cadastral_number)))
                    from registry.real_estate re join registry.real_estate_share s
                      on s.cadastral_number = re.cadastral_number where s.owner_pinfl = r.pinfl) real_estate
            from registry.resident r where r.pinfl = ?""";

    @Autowired
    Exchange exchange;

    @Autowired
    RegistryLoader loader;

    @Autowired
    Banks banks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void personWithAssetsThroughTheExchangeNextToDirectSql() throws Exception {
        int persons = Integer.parseInt(System.getProperty("exchange.bench.persons"));
        int queries = Integer.parseInt(System.getProperty("exchange.bench.queries", "10000"));
        long loadStarted = System.nanoTime();
        var pinfls = load(persons);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        var context = RequestContext.system("MBB.1726.1726266", "bench-system", Purpose.ENFORCEMENT,
                "Writ of execution 2-1/2026", "IJ-BENCH");

        Consumer<Pinfl> viaExchange = pinfl -> assertThat(exchange.personWithAssets(pinfl, context).accounts())
                .isNotEmpty();
        Consumer<Pinfl> direct = pinfl -> assertThat(jdbc.sql(DIRECT).param(pinfl.value())
                .query((row, n) -> row.getString("accounts")).single()).isNotNull();

        measure(pinfls, Math.min(queries, 2_000), viaExchange); // warm-up of both paths
        measure(pinfls, Math.min(queries, 2_000), direct);
        var exchanged = measure(pinfls, queries, viaExchange);
        var sql = measure(pinfls, queries, direct);

        var report = String.format(Locale.ROOT, """
                Exchange benchmark: person with accounts and real estate by PINFL
                persons loaded: %d in %.1f s; %d queries per path; %d concurrent clients; cores: %d
                exchange   p50 %.2f ms  p99 %.2f ms  throughput %.0f/s
                direct SQL p50 %.2f ms  p99 %.2f ms  throughput %.0f/s
                ratio exchange/direct: p50 %.1f  p99 %.1f
                """, persons, loadSeconds, queries, CLIENTS, Runtime.getRuntime().availableProcessors(),
                exchanged.p50(), exchanged.p99(), exchanged.throughput(), sql.p50(), sql.p99(), sql.throughput(),
                exchanged.p50() / sql.p50(), exchanged.p99() / sql.p99());
        System.out.println(report);
        write(report);
    }

    private record Latency(double p50, double p99, double throughput) {
    }

    private static Latency measure(List<Pinfl> pinfls, int queries, Consumer<Pinfl> query) throws Exception {
        var nanos = new long[queries];
        var perClient = queries / CLIENTS;
        long started = System.nanoTime();
        try (var threads = Executors.newFixedThreadPool(CLIENTS)) {
            var tasks = new ArrayList<Callable<Void>>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c * perClient;
                tasks.add(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < perClient; i++) {
                        var pinfl = pinfls.get(random.nextInt(pinfls.size()));
                        long t = System.nanoTime();
                        query.accept(pinfl);
                        nanos[offset + i] = System.nanoTime() - t;
                    }
                    return null;
                });
            }
            for (var future : threads.invokeAll(tasks)) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var measured = Arrays.copyOf(nanos, perClient * CLIENTS);
        Arrays.sort(measured);
        return new Latency(measured[measured.length / 2] / 1e6, measured[(int) (measured.length * 0.99)] / 1e6,
                measured.length / seconds);
    }

    /** Persons with an address, a passport and an account each, and every second one an apartment. */
    private List<Pinfl> load(int persons) {
        if (banks.bank(RegistryPeople.MFO).isEmpty()) {
            loader.load(RegistryBatch.builder().bank(new Bank(RegistryPeople.MFO,
                    new LocalizedText("Xalq banki", "Халқ банки", "Халк банк", "Xalq Bank"))).build());
        }
        var pinfls = new ArrayList<Pinfl>(persons);
        for (int from = 0; from < persons; from += CHUNK) {
            var batch = RegistryBatch.builder();
            for (int i = from; i < Math.min(persons, from + CHUNK); i++) {
                var sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
                var pinfl = Pinfl.of(LocalDate.of(1950, 1, 1).plusDays(i % 20_000), sex, 700 + i / 20_000, 1);
                pinfls.add(pinfl);
                var owner = Owner.person(pinfl);
                batch.resident(new Resident(pinfl, new FullName("Karimov", "Jasur", "Anvarovich"),
                        new FullName("Каримов", "Жасур", "Анварович"), pinfl.birthDate(), sex,
                        RegistryPeople.YUNUSOBOD, null));
                batch.address(pinfl, new RegisteredAddress(RegistryPeople.YUNUSOBOD, "Bogʻishamol", "Amir Temur",
                        String.valueOf(1 + i % 200), null, LocalDate.of(2015, 3, 1)));
                batch.passport(pinfl, new Passport("BE", String.format("%07d", i), LocalDate.of(2020, 5, 4),
                        LocalDate.of(2030, 5, 3), "Yunusobod IIB", Passport.Status.VALID));
                batch.account(new BankAccount(String.format("20206900%012d", i), RegistryPeople.MFO, "Xalq banki",
                        owner, "UZS", Money.ofSoum(1_000_000 + i), Money.ZERO, LocalDate.of(2019, 1, 10), null));
                if (i % 2 == 0) {
                    batch.realEstate(new RealEstate("11:" + (i / 100_000) + ":" + (i % 100_000),
                            RealEstate.Kind.APARTMENT, RegistryPeople.YUNUSOBOD, "Amir Temur " + i,
                            new BigDecimal("64.50"), Money.ofSoum(450_000_000), List.of(Share.whole(owner)),
                            List.of()));
                }
            }
            loader.load(batch.build());
        }
        return pinfls;
    }

    private static void write(String report) throws IOException {
        Files.writeString(Path.of("target", "exchange-benchmark.txt"), report);
    }
}
