package uz.yagona.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uz.yagona.portal.PublicService;

/** The catalog file: what it holds, and that a broken definition stops the start with a clear message. */
class CatalogFileTests {

    private static final String AGENCIES = """
            agencies:
              - {code: MOJ, name: {uz: "Adliya vazirligi", ru: "Министерство юстиции", en: "Ministry of Justice"}}
            """;

    private static CatalogFile.Definitions read(String yaml) {
        return CatalogFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCatalogHasAtLeast45ServicesInEveryGroupWithKnownAgenciesAndLicenceTypes() throws IOException {
        var definitions = CatalogFile.load();
        var services = definitions.services();

        assertThat(services).hasSizeGreaterThanOrEqualTo(45);
        var groups = EnumSet.noneOf(PublicService.Group.class);
        services.forEach(service -> groups.add(service.group()));
        assertThat(groups).containsExactlyInAnyOrder(PublicService.Group.values());
        var agencies = new HashSet<String>();
        definitions.agencies().forEach(agency -> agencies.add(agency.code()));
        assertThat(services).allSatisfy(service -> assertThat(agencies).contains(service.agencyCode()));

        // a LICENCE result names a licence type that the licensing module seeds
        String licensing;
        try (var in = getClass().getClassLoader().getResourceAsStream("db/migration/licensing/V12_1__licensing.sql")) {
            licensing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var licences = services.stream().filter(service -> service.result() == PublicService.Result.LICENCE).toList();
        assertThat(licences).extracting(PublicService::licenceType)
                .containsExactlyInAnyOrder("pharmacy", "private-security", "passenger-transport", "education");
        for (var service : licences) {
            var seeded = Pattern.compile("\\('" + Pattern.quote(service.licenceType()) + "',[^)]*'(\\w+)'\\)")
                    .matcher(licensing);
            assertThat(seeded.find()).as(service.licenceType()).isTrue();
            assertThat(service.agencyCode()).as(service.code()).isEqualTo(seeded.group(1));
        }
    }

    @Test
    void uzbekCyrillicIsTransliteratedWhenTheFileLeavesItOut() {
        var definitions = read(AGENCIES + """
                services:
                  - code: civil.test
                    group: CIVIL_STATUS
                    agency: MOJ
                    name: {uz: "Nikohni qayd etish", ru: "Регистрация брака", en: "Marriage"}
                    description: {uz: "Oʻzgartirish", uzCyrl: "Ўзгартириш", ru: "Изменение", en: "Change"}
                    applicants: [INDIVIDUAL]
                    fee: 41200000
                    termDays: 30
                    result: CERTIFICATE
                    signatureRequired: false
                """);

        var service = definitions.services().getFirst();
        assertThat(service.name().uzCyrl()).isEqualTo("Никоҳни қайд этиш");
        assertThat(service.description().uzCyrl()).isEqualTo("Ўзгартириш");
        assertThat(service.fee().tiyin()).isEqualTo(41_200_000L);
    }

    @Test
    void everyProblemIsListedWithTheServiceAndEntryItConcerns() {
        assertThatThrownBy(() -> read(AGENCIES + """
                services:
                  - code: civil.bad
                    group: CIVIL
                    agency: XYZ
                    name: {uz: "Tug'ilganlik", ru: "Рождение"}
                    description: {uz: "Tavsif", ru: "Описание", en: "Description"}
                    applicants: []
                    fields:
                      - {name: photo, type: FILE, required: true, label: {uz: "Rasm", ru: "Фото", en: "Photo"}}
                    fee: -5
                    termDays: 0
                    result: LICENCE
                    signatureRequired: yes please
                  - code: Civil Bad
                    group: CIVIL_STATUS
                    agency: MOJ
                    name: {uz: "A", ru: "Б", en: "C"}
                    description: {uz: "A", ru: "Б", en: "C"}
                    applicants: [INDIVIDUAL]
                    fee: 0
                    termDays: 1
                    result: DECISION
                    signatureRequired: false
                """))
                .isInstanceOf(CatalogFile.InvalidCatalogException.class)
                .hasMessageContaining("service civil.bad: group: 'CIVIL' is not one of")
                .hasMessageContaining("service civil.bad: agency 'XYZ' is not among the catalog's agencies [MOJ]")
                .hasMessageContaining("service civil.bad: name needs uz, ru and en texts")
                .hasMessageContaining("service civil.bad: applicants: at least one")
                .hasMessageContaining("field photo: mediaTypes go with type FILE")
                .hasMessageContaining("fee: must be zero or more tiyin, not -5")
                .hasMessageContaining("termDays: a legal term is 1 to 366 days, not 0")
                .hasMessageContaining("licenceType goes with result LICENCE")
                .hasMessageContaining("signatureRequired must be true or false")
                .hasMessageContaining("service Civil Bad: the code must look like group.kebab-name");
    }

    @Test
    void asciiApostrophesInUzbekAndTwiceUsedCodesAreRefused() {
        var service = """
                  - code: civil.twice
                    group: CIVIL_STATUS
                    agency: MOJ
                    name: {uz: "Tug'ilganlik", ru: "Рождение", en: "Birth"}
                    description: {uz: "Tavsif", ru: "Описание", en: "Description"}
                    applicants: [INDIVIDUAL]
                    fee: 0
                    termDays: 1
                    result: CERTIFICATE
                    signatureRequired: false
                """;
        assertThatThrownBy(() -> read(AGENCIES + "services:\n" + service + service))
                .hasMessageContaining("Uzbek Latin writes ʻ (U+02BB) and ʼ (U+02BC), not ' or `: Tug'ilganlik");
        assertThatThrownBy(() -> read(AGENCIES + "services:\n" + service.replace("Tug'", "Tugʻ").repeat(2)))
                .hasMessageContaining("service civil.twice: the code is used twice");
        assertThatThrownBy(() -> read("services: [1, 2"))
                .hasMessageContaining("the catalog is not valid YAML");
    }
}
