package uz.yagona.appeals;

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
 * Appeals filed per second over real HTTP with {@code bench.clients} (64) closed-loop clients, each acting for
 * {@code bench.citizens} (4) citizens with their own bearer tokens: {@code POST /api/v1/appeals} registers the
 * appeal with its term, compares it with the citizen's earlier appeals for a repeat, classifies and routes it and
 * writes the notice, in one transaction. Next to it, measured by the same clients in the same run, the server's
 * trivial endpoint {@code GET /actuator/health/liveness} (no token, no database).
 */
public final class AppealsLoad {

    /** Texts in the four language forms, each made distinct per request by its street number. */
    private static final List<String> TEXTS = List.of(
            "Yunusobod tumani %d-uy oldidagi yoʻlda katta chuqur bor, mashinalar shikastlanmoqda, tuzatib bering.",
            "Чилонзор тумани %d-уйда уч кундан бери иссиқ сув йўқ, болалар билан қийналиб қолдик.",
            "В доме %d по улице Навои уже неделю не работает лифт, пожилые жильцы не могут выйти.",
            "The street light near house %d has been broken for a month and the crossing is dark at night.",
            "Mahallamizdagi %d-maktabda isitish ishlamayapti, bolalar sovuqda oʻqiyapti.",
            "Поликлиника №%d не записывает к терапевту уже две недели, талонов нет.");

    private AppealsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 64);
        int citizens = Integer.getInteger("bench.citizens", 4);
        var measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        var context = ClosedLoop.startPlatform(Path.of("target/bench-appeals").toAbsolutePath(),
                Map.of("spring.datasource.hikari.maximum-pool-size", "40"));
        try {
            run(context, clients, citizens, measured);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int clients, int perClient, Duration measured)
            throws Exception {
        System.out.printf("## machine%n%s%n", ClosedLoop.machine());
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var base = "http://localhost:" + port;
        var people = context.getBean(TestCitizens.class);
        var registered = context.getBean(Clients.class);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var tokens = new ArrayList<String>();
        for (int c = 0; c < clients * perClient; c++) {
            tokens.add(TokenFlows.accessToken(port, registered, people.withAccount().value(), TestCitizens.PASSWORD,
                    null));
        }
        // the classifier trains on first use: once here, not in the measured rounds
        file(http, base, tokens.getFirst(), TEXTS.getFirst().formatted(1));
        System.out.printf("## appeals: %d clients, %d citizens each, %s a path%n", clients, perClient, measured);

        var liveness = URI.create(base + "/actuator/health/liveness");
        ClosedLoop.Request health = (random, client) -> expect(http.send(HttpRequest.newBuilder(liveness).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200);
        ClosedLoop.Request file = (random, client) -> file(http, base,
                tokens.get(client * perClient + random.nextInt(perClient)),
                TEXTS.get(random.nextInt(TEXTS.size())).formatted(1 + random.nextInt(200)));

        var results = new ArrayList<ClosedLoop.Result>();
        for (var round : List.of(Map.entry("health (ceiling: HTTP)", health), Map.entry("file an appeal", file))) {
            ClosedLoop.run(round.getValue(), clients, clients, measured.dividedBy(3)); // warm-up, not recorded
            results.add(ClosedLoop.run(round.getValue(), clients, clients, measured).named(round.getKey()));
        }
        System.out.println("| path | requests | per second | p50 ms | p99 ms | per second / health | p99 / health p99 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var result : results) {
            System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %.3f | %.2f |%n", result.name(), result.count(),
                    result.perSecond(), result.p50() / 1e6, result.p99() / 1e6,
                    result.perSecond() / results.get(0).perSecond(), (double) result.p99() / results.get(0).p99());
        }
    }

    private static String file(HttpClient http, String base, String token, String text) throws Exception {
        var body = "{\"kind\":\"COMPLAINT\",\"text\":\"" + text + "\",\"district\":\"1726266\"}";
        return expect(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/appeals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()), 201);
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
