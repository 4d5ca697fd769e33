package uz.yagona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import uz.yagona.shared.District;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Region;
import uz.yagona.shared.Soato;

/** The JSON shape and the status codes of the divisions API; access rules are identity's and tested there. */
@WebMvcTest(DivisionsController.class)
@AutoConfigureMockMvc(addFilters = false)
class DivisionsControllerTests {

    static final Region TASHKENT = new Region(new Soato("1726"),
            new LocalizedText("Toshkent shahri", "Тошкент шаҳри", "город Ташкент", "Tashkent city"));
    static final District CHILONZOR = new District(new Soato("1726294"), District.Kind.CITY_DISTRICT,
            new LocalizedText("Chilonzor tumani", "Чилонзор тумани", "Чиланзарский район", "Chilonzor district"));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Divisions divisions;

    @Test
    void regionsComeWithCodeKindAndAllFourNames() {
        given(divisions.regions()).willReturn(List.of(TASHKENT));

        var response = mvc.get().uri("/api/v1/divisions/regions").exchange();

        assertThat(response).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"soato": "1726", "kind": "region", "name": {"uz-Latn": "Toshkent shahri",
                  "uz-Cyrl": "Тошкент шаҳри", "ru": "город Ташкент", "en": "Tashkent city"}}]""");
    }

    @Test
    void aRegionsDistrictsNameTheirRegionAndKind() {
        given(divisions.region(new Soato("1726"))).willReturn(Optional.of(TASHKENT));
        given(divisions.districtsOf(new Soato("1726"))).willReturn(List.of(CHILONZOR));

        var response = mvc.get().uri("/api/v1/divisions/regions/1726/districts").exchange();

        assertThat(response).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"soato": "1726294", "regionSoato": "1726", "kind": "city_district", "name": {
                  "uz-Latn": "Chilonzor tumani", "uz-Cyrl": "Чилонзор тумани", "ru": "Чиланзарский район",
                  "en": "Chilonzor district"}}]""");
    }

    @Test
    void aWellFormedUnknownCodeIsNotFound() {
        given(divisions.region(new Soato("1799"))).willReturn(Optional.empty());
        given(divisions.district(new Soato("1726999"))).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/divisions/regions/1799").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/divisions/regions/1799/districts").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/divisions/districts/1726999").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMalformedCodeIsTheClientsErrorAndNamesTheRule() {
        var response = mvc.get().uri("/api/v1/divisions/districts/17-26").exchange();

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response.getMvcResult().getResolvedException()).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("soato.format");
    }
}
