package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open figures of appeals over HTTP without a token: counts move with what is filed, in JSON and CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnalyticsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OLTINKOL = "1703202";

    @LocalServerPort
    int port;

    @Test
    void filedAppealsCountByDistrictTopicAndWeekInJsonAndCsv() throws Exception {
        var before = filed(get("/api/v1/appeals/analytics?by=district", "en"), OLTINKOL);
        file("Oltinkoʻl tumani markazida uch kundan beri ichimlik suvi yoʻq, quduqlar ham qurib qoldi.");
        file("Oltinkoʻl tumanidagi maktab yonida suv quvuri yorilgan, koʻchani suv bosgan, tuzatib bering.");

        var byDistrict = JSON.readTree(get("/api/v1/appeals/analytics?by=district", "en").body());
        assertThat(filed(byDistrict, OLTINKOL)).isEqualTo(before + 2);
        assertThat(row(byDistrict, OLTINKOL).get("name").asString()).isEqualTo("Oltinkol district");
        var byTopic = JSON.readTree(get("/api/v1/appeals/analytics?by=topic", "ru").body());
        assertThat(row(byTopic, "water").get("name").asString()).isEqualTo("Водоснабжение");
        assertThat(row(byTopic, "water").get("filed").asLong()).isGreaterThanOrEqualTo(2);
        var monday = LocalDate.now(ZoneId.of("Asia/Tashkent")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var byWeek = JSON.readTree(get("/api/v1/appeals/analytics?by=week", "en").body());
        assertThat(row(byWeek, monday.toString()).get("filed").asLong()).isGreaterThanOrEqualTo(2);

        var csv = get("/api/v1/appeals/analytics?by=district&format=csv", "en");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("key,name,filed,answered,overdue,average_days_to_answer,satisfaction,rated\n")
                .contains("\"" + OLTINKOL + "\",\"Oltinkol district\"," + (before + 2) + ",");
        assertThat(csv.body()).doesNotContain("Oltinkoʻl tumani markazida");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        var by = get("/api/v1/appeals/analytics?by=mood", "en");
        assertThat(by.statusCode()).isEqualTo(400);
        assertThat(by.body()).contains("\"field\":\"by\"", "Group only by topic, district, agency or week");
        assertThat(get("/api/v1/appeals/analytics?from=yesterday", "en").body()).contains("\"field\":\"from\"");
        var backwards = get("/api/v1/appeals/analytics?from=2026-11-01&to=2026-10-01", "ru");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"from\"", "Начало периода раньше конца");
        assertThat(get("/api/v1/appeals/analytics?format=xlsx", "en").body()).contains("\"field\":\"format\"");
    }

    private void file(String description) throws Exception {
        var form = "api_key=yagona-open311-demo&service_code=water&attribute%5Bdistrict%5D=" + OLTINKOL
                + "&first_name=Sardor&last_name=Olimov&phone=%2B998901234567&description="
                + URLEncoder.encode(description, StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long filed(HttpResponse<String> response, String key) {
        return filed(JSON.readTree(response.body()), key);
    }

    private static long filed(JsonNode rows, String key) {
        var row = find(rows, key);
        return row == null ? 0 : row.get("filed").asLong();
    }

    private static JsonNode row(JsonNode rows, String key) {
        var row = find(rows, key);
        assertThat(row).as("a row for " + key + " in " + rows).isNotNull();
        return row;
    }

    private static JsonNode find(JsonNode rows, String key) {
        for (var row : rows) {
            if (key.equals(row.get("key").asString(null))) {
                return row;
            }
        }
        return null;
    }
}
