package uz.yagona.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.ClosedLoop;
import uz.yagona.ClosedLoop.Request;
import uz.yagona.ClosedLoop.Result;
import uz.yagona.demo.PopulationBench;
import uz.yagona.exchange.internal.SystemKeys;
import uz.yagona.identity.internal.Clients;
import uz.yagona.shared.Pinfl;

/**
 * The exchange's benchmark query, "a person with accounts and real estate by PINFL", under {@code bench.clients}
 * (32) concurrent closed-loop clients against a synthetic population of {@code bench.persons} (1,000,000), next
 * to the same read as one plain SQL statement through the same connection pool, in the same run.
 *
 * <p>Three ways of asking, each measured for {@code bench.seconds} after a warm-up of a third of that:
 * <ol>
 *   <li>{@code sql}: one statement that returns the person, the accounts and the real estate (with shares and
 *       encumbrances) as JSON: the ceiling, what the database alone costs;</li>
 *   <li>{@code exchange}: {@link Exchange#personWithAssets} in process: policy check, registry reads and a
 *       hash-chained access-log entry in a transaction of its own;</li>
 *   <li>{@code rest}: {@code POST /api/v1/exchange/requests} over real HTTP with a client-credentials token, a
 *       request signed ES256 by the agency system and an answer signed ES256 by the platform.</li>
 * </ol>
 * The load generator runs on the same two cores as the platform and its database; the REST figures include
 * the client's HTTP work (requests are signed beforehand, outside the timed loop).
 */
public final class ExchangeLoad {

    private static final String PERSON_WITH_ASSETS_SQL = """
            select json_build_object(
              'person', json_build_object('pinfl', r.pinfl, 'last', r.last_latn, 'first', r.first_latn,
                  'patronymic', r.patronymic_latn, 'lastCyrl', r.last_cyrl, 'firstCyrl', r.first_cyrl,
                  'patronymicCyrl', r.patronymic_cyrl, 'birthDate', r.birth_date, 'sex', r.sex,
                  'birthPlace', r.birth_place, 'diedOn', r.died_on),
              'accounts', coalesce((select json_agg(json_build_object('number', a.number, 'mfo', a.mfo,
                  'bank', b.name_uz_latn, 'currency', a.currency, 'balance', a.balance, 'held', a.held,
                  'openedOn', a.opened_on, 'closedOn', a.closed_on) order by a.number)
                from registry.account a join registry.bank b on b.mfo = a.mfo
                where a.owner_pinfl = r.pinfl), '[]'),
              'realEstate', coalesce((select json_agg(json_build_object('cadastralNumber', e.cadastral_number,
                  'kind', e.kind, 'district', e.district, 'address', e.address, 'area', e.area_m2,
                  'value', e.cadastral_value,
                  'owners', (select json_agg(json_build_object('pinfl', o.owner_pinfl, 'stir', o.owner_stir,
                      'numerator', o.numerator, 'denominator', o.denominator))
                    from registry.real_estate_share o where o.cadastral_number = e.cadastral_number),
                  'encumbrances', coalesce((select json_agg(json_build_object('id', x.id, 'kind', x.kind,
                      'agency', x.agency_code, 'document', x.document, 'imposedAt', x.imposed_at,
                      'liftedAt', x.lifted_at))
                    from registry.encumbrance x where x.cadastral_number = e.cadastral_number), '[]'))
                  order by e.cadastral_number)
                from registry.real_estate_share s join registry.real_estate e on e.cadastral_number = s.cadastral_number
                where s.owner_pinfl = r.pinfl), '[]'))::text
            from registry.resident r where r.pinfl = ?""";

    private ExchangeLoad() {
    }

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("bench.persons", 1_000_000);
        int clients = Integer.getInteger("bench.clients", 32);
        var measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        var context = ClosedLoop.startPlatform(Path.of("target/bench-exchange").toAbsolutePath(), Map.of(
                "spring.datasource.hikari.maximum-pool-size", "40",
                "logging.level.uz.yagona", "INFO"));
        try {
            run(context, persons, clients, measured);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int persons, int clients, Duration measured)
            throws Exception {
        System.out.printf("## machine%n%s%n", ClosedLoop.machine());

        var population = PopulationBench.measure(context, persons);
        System.out.println("## population");
        System.out.println(population.report());

        var jdbc = context.getBean(JdbcClient.class);
        var pinfls = jdbc.sql("select pinfl from registry.resident tablesample system (2) limit 20000")
                .query(String.class).list();
        System.out.printf("## exchange query: %d clients, %d PINFLs drawn at random from %d residents, %s each%n",
                clients, pinfls.size(), population.persons(), measured);

        var exchange = context.getBean(Exchange.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var system = AgencySystem.register(port, context.getBean(Clients.class), context.getBean(SystemKeys.class),
                "MBB.1726.1726266");
        var signed = new ArrayList<String>(pinfls.size());
        for (var pinfl : pinfls) {
            signed.add(system.sign(Map.of("service", "composite.person-with-assets", "subject", pinfl,
                    "purpose", "ENFORCEMENT", "legalBasis", "Law on enforcement of judicial acts, art. 44",
                    "caseReference", "BENCH-" + pinfl)));
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var uri = URI.create("http://localhost:" + port + "/api/v1/exchange/requests");
        var context32 = RequestContext.system("MBB.1726.1726266", system.clientId, Purpose.ENFORCEMENT,
                "Law on enforcement of judicial acts, art. 44", "BENCH");

        Request sql = (random, i) -> {
            var json = jdbc.sql(PERSON_WITH_ASSETS_SQL).param(pinfls.get(i)).query(String.class).single();
            if (json.length() < 50) {
                throw new IllegalStateException("empty answer for " + pinfls.get(i));
            }
        };
        Request inProcess = (random, i) -> exchange.personWithAssets(new Pinfl(pinfls.get(i)), context32);
        Request rest = (random, i) -> {
            var response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/jose")
                    .header("Authorization", "Bearer " + system.token())
                    .POST(HttpRequest.BodyPublishers.ofString(signed.get(i))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        };

        var results = new ArrayList<Result>();
        var paths = List.of(System.getProperty("bench.paths", "sql,exchange,rest").split(","));
        for (var round : List.of(Map.entry("sql", sql), Map.entry("exchange", inProcess), Map.entry("rest", rest))) {
            if (!paths.contains(round.getKey())) {
                continue;
            }
            ClosedLoop.run(round.getValue(), pinfls.size(), clients, measured.dividedBy(3)); // warm-up, not recorded
            results.add(ClosedLoop.run(round.getValue(), pinfls.size(), clients, measured).named(round.getKey()));
        }
        var ceiling = results.getFirst();
        System.out.println("| path | requests | per second | p50 ms | p99 ms | p50 / sql p50 | p99 / sql p99 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var result : results) {
            System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f |%n", result.name(), result.count(),
                    result.perSecond(), result.p50() / 1e6, result.p99() / 1e6, (double) result.p50() / ceiling.p50(),
                    (double) result.p99() / ceiling.p99());
        }
    }
}
