package uz.yagona;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/** What operators and API clients rely on: health, metrics and the OpenAPI document. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void healthIsUp() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusScrapesMetricsText() throws Exception {
        var metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    @Test
    void theOpenApiDocumentDescribesTheYagonaApi() throws Exception {
        var docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(docs.body()).contains("\"openapi\":\"3.", "\"title\":\"Yagona API\"", "\"license\"");
    }

    @Test
    void swaggerUiLoads() throws Exception {
        var ui = get("/swagger-ui.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger-ui");
    }

    @Test
    void theJsonProfileWritesLogsInElasticCommonSchema() throws Exception {
        var json = new YamlPropertySourceLoader().load("json", new ClassPathResource("application-json.yml"));
        assertThat(json).singleElement()
                .satisfies(source -> assertThat(source.getProperty("logging.structured.format.console"))
                        .hasToString("ecs"));
        var defaults = new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"));
        assertThat(defaults).allSatisfy(source ->
                assertThat(source.getProperty("logging.structured.format.console")).isNull());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
