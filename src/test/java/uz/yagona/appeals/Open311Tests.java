package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Open311 GeoReport v2 client's round trip over HTTP, in JSON and in XML: the service list, filing a located
 * issue with an API key, reading it back without the filer's name or contacts; and what such a client gets wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class Open311Tests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String KEY = "yagona-open311-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theServiceListHasEveryTopicInJsonAndXmlInTheClientsLanguage() throws Exception {
        var json = get("/open311/v2/services.json", "ru");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var codes = new ArrayList<String>();
        JSON.readTree(json.body()).forEach(service -> codes.add(service.get("service_code").asString()));
        assertThat(codes).containsExactlyElementsOf(java.util.Arrays.stream(Topic.values()).map(Topic::code).toList());
        assertThat(json.body()).contains("\"service_name\":\"Дороги и транспорт\"", "\"metadata\":false",
                "\"type\":\"realtime\"");

        var xml = get("/open311/v2/services.xml", "uz-Cyrl");
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        var document = parse(xml.body());
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(document.getElementsByTagName("service").getLength()).isEqualTo(Topic.values().length);
        assertThat(document.getElementsByTagName("service_name").item(0).getTextContent())
                .isEqualTo("Электр энергияси");
    }

    @Test
    void aClientFilesALocatedIssueAndReadsItBackWithoutTheFilersNameOrContacts() throws Exception {
        var description = "Chilonzor 9-kvartal, 14-uy oldida yoʻlda katta chuqur paydo boʻldi, mashinalar shikastlanmoqda.";
        var filed = post("/open311/v2/requests.json", form(Map.of("api_key", KEY, "service_code", "roads-transport",
                "lat", "41.2756", "long", "69.2034", "address_string", "Chilonzor 9-kvartal, 14-uy",
                "attribute[district]", "1726294", "description", description, "first_name", "Dilnoza",
                "last_name", "Rahimova", "email", "dilnoza.rahimova@example.uz")), "en");

        assertThat(filed.statusCode()).isEqualTo(201);
        var created = JSON.readTree(filed.body()).get(0);
        var id = created.get("service_request_id").asString();
        assertThat(id).matches("MUR-20[0-9]{2}-[0-9]{7}");
        assertThat(created.get("service_notice").asString()).startsWith("Registered as " + id + ". Answer due by ");
        assertThat(created.has("account_id")).isTrue();

        var one = get("/open311/v2/requests/" + id + ".json", "en");
        assertThat(one.statusCode()).isEqualTo(200);
        var request = JSON.readTree(one.body()).get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(id);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("roads-transport");
        assertThat(request.get("description").asString()).isEqualTo(description);
        assertThat(request.get("lat").asDouble()).isEqualTo(41.2756);
        assertThat(request.get("long").asDouble()).isEqualTo(69.2034);
        assertThat(request.get("address_id").asString()).isEqualTo("1726294");
        assertThat(request.get("requested_datetime").asString()).endsWith("+05:00");
        assertThat(one.body()).doesNotContain("Rahimova", "dilnoza.rahimova@example.uz");

        var listed = get("/open311/v2/requests.xml?service_code=roads-transport&status=open", "en");
        assertThat(listed.statusCode()).isEqualTo(200);
        var document = parse(listed.body());
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        var ids = new ArrayList<String>();
        var nodes = document.getElementsByTagName("service_request_id");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(nodes.item(i).getTextContent());
        }
        assertThat(ids).contains(id);
        assertThat(get("/open311/v2/requests.json?status=closed&service_code=roads-transport", "en").body())
                .doesNotContain(id);
    }

    @Test
    void anAnonymousOrMalformedRequestIsAnOpen311ErrorNamingTheFieldAndNothingIsStored() throws Exception {
        var marker = "Anonim-" + System.nanoTime();
        var description = marker + " koʻchada suv quvuri yorilib, yoʻlni suv bosdi, tezda tuzatishingizni soʻraymiz.";
        var anonymous = post("/open311/v2/requests.json", form(Map.of("api_key", KEY, "service_code", "water",
                "lat", "41.3", "long", "69.25", "description", description)), "en");
        assertThat(anonymous.statusCode()).isEqualTo(400);
        var error = JSON.readTree(anonymous.body()).get(0);
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("description").asString()).startsWith("first_name: An anonymous appeal is not considered")
                .contains("article 29");

        var noContact = post("/open311/v2/requests.xml", form(Map.of("api_key", KEY, "service_code", "water",
                "lat", "41.3", "long", "69.25", "description", description, "first_name", "Aziz",
                "last_name", "Karimov")), "ru");
        assertThat(noContact.statusCode()).isEqualTo(400);
        var errors = parse(noContact.body());
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(errors.getElementsByTagName("description").item(0).getTextContent())
                .contains("Анонимное обращение не рассматривается");

        var named = Map.of("first_name", "Aziz", "last_name", "Karimov", "phone", "+998 90 123-45-67");
        var badKey = post("/open311/v2/requests.json", form(with(named, Map.of("api_key", "stolen",
                "service_code", "water", "lat", "41.3", "long", "69.25", "description", description))), "en");
        assertThat(badKey.statusCode()).isEqualTo(403);
        assertThat(badKey.body()).contains("api_key: The API key is missing or wrong");

        var broken = post("/open311/v2/requests.json", form(with(named, Map.of("api_key", KEY,
                "service_code", "unicorns", "lat", "north", "long", "69.25", "description", description))), "en");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("lat: Must be a number");
        var unknownService = post("/open311/v2/requests.json", form(with(named, Map.of("api_key", KEY,
                "service_code", "unicorns", "address_string", "Toshkent", "description", description))), "en");
        assertThat(unknownService.body()).contains("service_code: There is no topic (service) with this code");
        var nowhere = post("/open311/v2/requests.json", form(with(named, Map.of("api_key", KEY,
                "service_code", "water", "description", description))), "en");
        assertThat(nowhere.body()).contains("lat: Give the place");
        var outside = post("/open311/v2/requests.json", form(with(named, Map.of("api_key", KEY,
                "service_code", "water", "lat", "48.85", "long", "2.35", "description", description))), "en");
        assertThat(outside.body()).contains("lat: The point is not in Uzbekistan");
        var empty = post("/open311/v2/requests.json", form(with(named, Map.of("api_key", KEY,
                "service_code", "water", "lat", "41.3", "long", "69.25"))), "en");
        assertThat(empty.body()).contains("description: Write the text of the appeal");

        assertThat(get("/open311/v2/services.yaml", "en").statusCode()).isEqualTo(404);
        assertThat(get("/open311/v2/requests.json?status=lost", "en").body()).contains("status: The status is");
        assertThat(get("/open311/v2/requests.json?start_date=yesterday", "en").statusCode()).isEqualTo(400);
        assertThat(get("/open311/v2/requests/MUR-1999-0000000.json", "en").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where body like ?", Long.class,
                marker + "%")).isZero();
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        var both = new LinkedHashMap<>(a);
        both.putAll(b);
        return both;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> post(String path, String form, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
