package uz.yagona.portal;

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
import uz.yagona.ClosedLoop;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;

/**
 * Applications submitted per second over real HTTP: {@code bench.clients} (32) closed-loop clients, each a citizen
 * with their own bearer token, {@code POST /api/v1/applications} for the certificate of no tax debt (answers
 * checked against the catalog's form, application, history event and in-app notice written in one transaction),
 * next to two ceilings measured by the same clients in the same run: {@code GET /actuator/health/liveness} (no
 * token, no database: what HTTP alone costs here) and {@code GET /api/v1/applications/{number}} (token checked,
 * one application read: the cheapest authenticated API call).
 */
public final class ApplicationsLoad {

    private static final String SUBMISSION = """
            {"service":"tax.debt-certificate","consent":false,
             "answers":{"declared.PERSON":"Karimov Aziz Akmal oʻgʻli, 1990-05-01",
                        "declared.INCOME":"2025: 48 000 000 soʻm"}}""";

    private ApplicationsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        var measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        var context = ClosedLoop.startPlatform(Path.of("target/bench-applications").toAbsolutePath(),
                Map.of("spring.datasource.hikari.maximum-pool-size", "40"));
        try {
            run(context, clients, measured);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int clients, Duration measured)
            throws Exception {
        System.out.printf("## machine%n%s%n", ClosedLoop.machine());
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var base = "http://localhost:" + port;
        var citizens = context.getBean(TestCitizens.class);
        var registered = context.getBean(Clients.class);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var tokens = new ArrayList<String>();
        var numbers = new ArrayList<String>();
        for (int c = 0; c < clients; c++) {
            var pinfl = citizens.withAccount();
            var token = TokenFlows.accessToken(port, registered, pinfl.value(), TestCitizens.PASSWORD, null);
            tokens.add(token);
            var first = submit(http, base, token);
            numbers.add(first.substring(first.indexOf("ARZ-"), first.indexOf('"', first.indexOf("ARZ-"))));
        }
        System.out.printf("## applications: %d clients (one citizen and token each), %s a path%n", clients,
                measured);

        var liveness = URI.create(base + "/actuator/health/liveness");
        ClosedLoop.Request health = (random, client) -> expect(http.send(HttpRequest.newBuilder(liveness).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200);
        ClosedLoop.Request read = (random, client) -> expect(http.send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/applications/" + numbers.get(client)))
                .header("Authorization", "Bearer " + tokens.get(client)).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200);
        ClosedLoop.Request submit = (random, client) -> submit(http, base, tokens.get(client));

        var results = new ArrayList<ClosedLoop.Result>();
        for (var round : List.of(Map.entry("health (ceiling: HTTP)", health),
                Map.entry("read one (ceiling: authenticated API)", read), Map.entry("submit", submit))) {
            // each request draws one of the citizens at random and acts with their token
            ClosedLoop.run(round.getValue(), clients, clients, measured.dividedBy(3)); // warm-up, not recorded
            results.add(ClosedLoop.run(round.getValue(), clients, clients, measured).named(round.getKey()));
        }
        System.out.println("| path | requests | per second | p50 ms | p99 ms | per second / health "
                + "| per second / read |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var result : results) {
            System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %.3f | %.3f |%n", result.name(), result.count(),
                    result.perSecond(), result.p50() / 1e6, result.p99() / 1e6,
                    result.perSecond() / results.get(0).perSecond(), result.perSecond() / results.get(1).perSecond());
        }
    }

    private static String submit(HttpClient http, String base, String token) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SUBMISSION)).build(), HttpResponse.BodyHandlers.ofString());
        return expect(response, 201);
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
