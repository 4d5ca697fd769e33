package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The divisions as migrated into a real PostgreSQL and served over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DivisionsIntegrationTests {

    @Autowired
    Divisions divisions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void thereAreFourteenFirstLevelUnits() {
        assertThat(divisions.regions()).hasSize(14)
                .extracting(region -> region.name().en())
                .contains("Republic of Karakalpakstan", "Tashkent city", "Tashkent region");
    }

    @Test
    void everyDistrictLiesInAnExistingRegionAndEveryRegionHasDistricts() {
        var districts = allDistricts();

        assertThat(districts).hasSizeGreaterThanOrEqualTo(205);
        for (var district : districts) {
            assertThat(divisions.region(district.region())).as(district.soato().value()).isPresent();
        }
        for (var region : divisions.regions()) {
            assertThat(divisions.districtsOf(region.soato())).as(region.soato().value()).isNotEmpty();
        }
        assertThat(divisions.districtsOf(new Soato("1726")))
                .hasSize(12).allMatch(district -> district.kind() == District.Kind.CITY_DISTRICT);
    }

    @Test
    void everyCodeIsUniqueAndWellFormed() {
        var codes = jdbc.sql("select soato from shared.region union all select soato from shared.district")
                .query(String.class).list();

        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
        codes.forEach(Soato::new);
        assertThat(jdbc.sql("select count(*) from shared.district where substr(soato, 1, 4) <> region_soato")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void everyNameIsThereInAllFourFormsAndCyrillicHasNoLatinLetters() {
        var rows = jdbc.sql("""
                select soato, uz_latn, uz_cyrl, ru, en from shared.region
                union all select soato, uz_latn, uz_cyrl, ru, en from shared.district""")
                .query().listOfRows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(219);
        for (var row : rows) {
            var name = new LocalizedText((String) row.get("uz_latn"), (String) row.get("uz_cyrl"),
                    (String) row.get("ru"), (String) row.get("en"));
            assertThat(name.uzCyrl()).as(row.get("soato").toString()).doesNotContainPattern("[A-Za-z]");
            assertThat(name.ru()).as(row.get("soato").toString()).doesNotContainPattern("[A-Za-z]");
            assertThat(name.uzLatn()).as(row.get("soato").toString()).doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(name.en()).as(row.get("soato").toString())
                    .doesNotContainPattern("\\p{IsCyrillic}").doesNotContain("  ").doesNotContain("District");
        }
    }

    @ParameterizedTest
    @CsvSource({"1708204, Bakhmal district", "1710232, Kitab district", "1710235, Nishan district",
        "1712211, Konimekh district", "1712248, Uchkuduk district", "1727253, Ortachirchiq district",
        "1735236, Khojeyli district", "1706230, Karakul district", "1730405, Kokand", "1703209, Buston district"})
    void machineTranslatedAndMisspelledEnglishNamesAreFixed(String soato, String english) {
        assertThat(divisions.district(new Soato(soato)).orElseThrow().name().en()).isEqualTo(english);
    }

    @Test
    void noEnglishNameIsATranslationOfTheUzbekWord() {
        assertThat(allDistricts()).extracting(district -> district.name().en())
                .doesNotContain("Velvet district", "Book district", "Target district", "Conimex district");
    }

    @Test
    void cyrillicNamesAreTheReviewedTransliterations() {
        assertThat(divisions.region(new Soato("1730")).orElseThrow().name().uzCyrl()).isEqualTo("Фарғона вилояти");
        assertThat(divisions.district(new Soato("1730405")).orElseThrow().name().uzCyrl()).isEqualTo("Қўқон");
        assertThat(divisions.district(new Soato("1733220")).orElseThrow().name().uzCyrl())
                .isEqualTo("Ҳазорасп тумани");
        assertThat(divisions.district(new Soato("1718224")).orElseThrow().name().uzCyrl())
                .isEqualTo("Пайариқ тумани");
    }

    @Test
    void cyrillicNamesFollowTheTransliterationSaveForTheOnesCorrectedByHand() {
        var correctedByHand = Set.of("1718224");
        for (var district : allDistricts()) {
            if (!correctedByHand.contains(district.soato().value())) {
                assertThat(district.name().uzCyrl()).as(district.soato().value())
                        .isEqualTo(UzbekScript.toCyrillic(district.name().uzLatn()));
            }
        }
        for (var region : divisions.regions()) {
            assertThat(region.name().uzCyrl()).isEqualTo(UzbekScript.toCyrillic(region.name().uzLatn()));
        }
    }

    @Test
    void apiListsTheRegionsWithTheirNamesInFourLanguages() {
        var regions = rest().get().uri("/regions").retrieve().body(JsonNode.class);

        assertThat(regions).hasSize(14);
        var tashkent = regions.get(9);
        assertThat(tashkent.get("soato").asString()).isEqualTo("1726");
        assertThat(tashkent.get("kind").asString()).isEqualTo("region");
        assertThat(tashkent.get("name").get("uz-Latn").asString()).isEqualTo("Toshkent shahri");
        assertThat(tashkent.get("name").get("uz-Cyrl").asString()).isEqualTo("Тошкент шаҳри");
        assertThat(tashkent.get("name").get("ru").asString()).isEqualTo("город Ташкент");
        assertThat(tashkent.get("name").get("en").asString()).isEqualTo("Tashkent city");
    }

    @Test
    void apiShowsOneRegionAndItsDistricts() {
        var region = rest().get().uri("/regions/1735").retrieve().body(JsonNode.class);
        var districts = rest().get().uri("/regions/1735/districts").retrieve().body(JsonNode.class);

        assertThat(region.get("name").get("en").asString()).isEqualTo("Republic of Karakalpakstan");
        assertThat(districts).hasSize(divisions.districtsOf(new Soato("1735")).size());
        for (var district : districts) {
            assertThat(district.get("regionSoato").asString()).isEqualTo("1735");
            assertThat(district.get("soato").asString()).startsWith("1735");
        }
    }

    @Test
    void apiShowsOneDistrict() {
        var district = rest().get().uri("/districts/1708204").retrieve().body(JsonNode.class);

        assertThat(district.get("soato").asString()).isEqualTo("1708204");
        assertThat(district.get("regionSoato").asString()).isEqualTo("1708");
        assertThat(district.get("kind").asString()).isEqualTo("district");
        assertThat(district.get("name").get("uz-Latn").asString()).isEqualTo("Baxmal tumani");
        assertThat(district.get("name").get("uz-Cyrl").asString()).isEqualTo("Бахмал тумани");
        assertThat(district.get("name").get("ru").asString()).isEqualTo("Бахмальский район");
        assertThat(district.get("name").get("en").asString()).isEqualTo("Bakhmal district");
    }

    @Test
    void apiAnswersNotFoundForAWellFormedUnknownCode() throws Exception {
        for (var path : List.of("/regions/1799", "/regions/1799/districts", "/districts/1703999")) {
            assertThat(status(path)).as(path).isEqualTo(404);
        }
    }

    @Test
    void apiAnswersBadRequestForAMalformedCode() throws Exception {
        for (var path : List.of("/regions/abc", "/regions/1703202", "/regions/18", "/regions/x/districts",
                "/districts/1703", "/districts/17032021")) {
            assertThat(status(path)).as(path).isEqualTo(400);
        }
    }

    private List<District> allDistricts() {
        return divisions.regions().stream().flatMap(region -> divisions.districtsOf(region.soato()).stream())
                .toList();
    }

    private RestClient rest() {
        return RestClient.create("http://localhost:" + port + "/api/v1/divisions");
    }

    private int status(String path) throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/divisions" + path))
                    .header("Accept", "application/json").build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

}
