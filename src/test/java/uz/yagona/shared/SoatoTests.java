package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoatoTests {

    @Test
    void aDistrictLiesInTheRegionOfItsFirstFourDigits() {
        var district = new Soato("1726294");

        assertThat(district.isRegion()).isFalse();
        assertThat(district.region()).isEqualTo(new Soato("1726"));
        assertThat(new Soato("1726").region()).isEqualTo(new Soato("1726"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "17", "1826", "172", "17261", "172629", "17262940", "1726x94", "0017262"})
    void onlyFourOrSevenDigitsStartingWithSeventeenAreCodes(String value) {
        assertThatThrownBy(() -> new Soato(value))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("soato.format");
    }

    @Test
    void regionAndDistrictFactoriesCheckTheLevel() {
        assertThat(Soato.ofRegion("1703").isRegion()).isTrue();
        assertThat(Soato.ofDistrict("1703202").isRegion()).isFalse();
        assertThatThrownBy(() -> Soato.ofRegion("1703202"))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("soato.format");
        assertThatThrownBy(() -> Soato.ofDistrict("1703"))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("soato.format");
    }

    @Test
    void regionsAndDistrictsAcceptOnlyCodesOfTheirLevel() {
        var name = new LocalizedText("a", "б", "в", "d");

        assertThatThrownBy(() -> new Region(new Soato("1703202"), name)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new District(new Soato("1703"), District.Kind.CITY, name))
                .isInstanceOf(InvalidValueException.class);
        assertThat(District.Kind.ofCode("city_district")).isEqualTo(District.Kind.CITY_DISTRICT);
    }
}
