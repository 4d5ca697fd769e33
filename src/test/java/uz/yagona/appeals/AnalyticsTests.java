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
    static final String ANDIJON = "1703203";

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

    @Test
    void locatedAppealsCountByDistrictAtTheRoundedMeanOfTheirPointsInJsonCsvAndGeoJson() throws Exception {
        file(ANDIJON, "&lat=40.851&long=72.249", "Andijon tumanida koʻcha chiroqlari bir oydan beri yonmaydi.");
        file(ANDIJON, "&lat=40.869&long=72.271", "Qishloq yoʻli oʻydim-chuqur, avtobus qatnamay qoldi.");
        file(ANDIJON, "", "Andijon tumanidagi bogʻchada isitish ishlamayapti, bolalar sovqotmoqda.");

        var spot = row(JSON.readTree(get("/api/v1/appeals/analytics/map", "ru").body()), "district", ANDIJON);
        assertThat(spot.get("appeals").asLong()).isEqualTo(2);
        assertThat(spot.get("name").asString()).isEqualTo("Андижанский район");
        assertThat(spot.get("latitude").asDouble()).isEqualTo(40.86);
        assertThat(spot.get("longitude").asDouble()).isEqualTo(72.26);
        var csv = get("/api/v1/appeals/analytics/map?format=csv", "en");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("district,name,appeals,latitude,longitude\n")
                .contains("\"" + ANDIJON + "\",\"Andijan district\",2,40.86,72.26\n")
                .doesNotContain("40.851");
        var geojson = get("/api/v1/appeals/analytics/map?format=geojson", "en");
        assertThat(geojson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        var collection = JSON.readTree(geojson.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode feature = null;
        for (var f : collection.get("features")) {
            if (ANDIJON.equals(f.get("properties").get("district").asString())) {
                feature = f;
            }
        }
        assertThat(feature).isNotNull();
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(72.26);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(40.86);
        assertThat(feature.get("properties").get("appeals").asLong()).isEqualTo(2);

        var format = get("/api/v1/appeals/analytics/map?format=kml", "en");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("\"field\":\"format\"", "json, csv, geojson");
        var dates = get("/api/v1/appeals/analytics/map?from=2026-02-30&to=soon", "en");
        assertThat(dates.statusCode()).isEqualTo(400);
        assertThat(dates.body()).contains("\"field\":\"from\"", "\"field\":\"to\"");
        assertThat(get("/api/v1/appeals/analytics/map?from=2020-01-01&to=2026-01-01", "en").statusCode())
                .isEqualTo(400);
    }

    private void file(String description) throws Exception {
        file(OLTINKOL, "", description);
    }

    private void file(String district, String point, String description) throws Exception {
        var form = "api_key=yagona-open311-demo&service_code=water&attribute%5Bdistrict%5D=" + district + point
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
        return row(rows, "key", key);
    }

    private static JsonNode row(JsonNode rows, String field, String key) {
        JsonNode row = null;
        for (var candidate : rows) {
            if (key.equals(candidate.get(field).asString(null))) {
                row = candidate;
            }
        }
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
