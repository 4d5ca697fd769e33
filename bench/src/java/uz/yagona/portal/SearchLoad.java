package uz.yagona.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uz.yagona.ClosedLoop;
import uz.yagona.ClosedLoop.Request;
import uz.yagona.ClosedLoop.Result;

/**
 * The catalog search under {@code bench.clients} (32) concurrent closed-loop clients over real HTTP, next to
 * two ceilings measured in the same run: the same clients on a trivial endpoint of the same server
 * ({@code /actuator/health/liveness}: the cost of HTTP, security filters and JSON alone), and the same queries
 * through {@link Catalog#search} in process (the search alone, without HTTP).
 *
 * <p>Queries are those of {@code src/test/resources/portal/search-tuning.tsv}, drawn at random; each path runs
 * {@code bench.seconds} after a warm-up of a third of that. The load generator shares the cores with the server.
 */
public final class SearchLoad {

    private SearchLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        var measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        var context = ClosedLoop.startPlatform(Path.of("target/bench-search").toAbsolutePath(), Map.of());
        try {
            run(context, clients, measured);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int clients, Duration measured)
            throws Exception {
        System.out.printf("## machine%n%s%n", ClosedLoop.machine());
        var queries = queries();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var base = "http://localhost:" + port;
        var searches = queries.stream().map(query -> URI.create(base + "/api/v1/services?limit=10&lang="
                + query[1] + "&q=" + URLEncoder.encode(query[0], StandardCharsets.UTF_8))).toList();
        var trivial = URI.create(base + "/actuator/health/liveness");
        var catalog = context.getBean(Catalog.class);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("## catalog search: %d services, %d queries from search-tuning.tsv, %d clients, %s each%n",
                catalog.services().size(), queries.size(), clients, measured);

        Request ceiling = (random, index) -> get(http, trivial);
        Request inProcess = (random, index) -> {
            if (catalog.search(queries.get(index)[0], Locale.ROOT, 10).isEmpty()) {
                throw new IllegalStateException("nothing found for " + queries.get(index)[0]);
            }
        };
        Request search = (random, index) -> get(http, searches.get(index));

        var results = new ArrayList<Result>();
        for (var round : List.of(Map.entry("trivial endpoint (HTTP ceiling)", ceiling),
                Map.entry("Catalog.search in process", inProcess), Map.entry("GET /api/v1/services?q=", search))) {
            ClosedLoop.run(round.getValue(), queries.size(), clients, measured.dividedBy(3)); // warm-up, not recorded
            results.add(ClosedLoop.run(round.getValue(), queries.size(), clients, measured).named(round.getKey()));
        }
        var httpCeiling = results.getFirst();
        System.out.println("| path | requests | per second | p50 ms | p99 ms | per second / HTTP ceiling |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var result : results) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.3f | %.2f |%n", result.name(), result.count(),
                    result.perSecond(), result.p50() / 1e6, result.p99() / 1e6,
                    result.perSecond() / httpCeiling.perSecond());
        }
    }

    private static void get(HttpClient http, URI uri) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + uri + " " + response.body());
        }
    }

    private static List<String[]> queries() throws IOException {
        try (var in = SearchLoad.class.getClassLoader().getResourceAsStream("portal/search-tuning.tsv")) {
            if (in == null) {
                throw new IllegalStateException("portal/search-tuning.tsv is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("query\t"))
                    .map(line -> line.split("\t")).toList();
        }
    }
}
