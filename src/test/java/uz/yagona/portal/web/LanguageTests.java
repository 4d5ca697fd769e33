package uz.yagona.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTests {

    @ParameterizedTest
    @CsvSource({
        "uz, uz-Latn", "uz-Latn, uz-Latn", "uz_Latn, uz-Latn", "uz-UZ, uz-Latn", "uz-Cyrl, uz-Cyrl",
        "uz-cyrl, uz-Cyrl", "uz-Latn-UZ, uz-Latn", "uz-Cyrl-UZ, uz-Cyrl", "ru, ru", "ru-RU, ru", "en, en",
        "en-GB, en", "EN, en"
    })
    void aLanguageParameterSelectsOneOfTheFourLanguages(String parameter, String tag) {
        assertThat(Language.of(parameter)).map(Language::tag).contains(tag);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "xx", "uz-Arab", "<script>", "12345", "   "})
    void unknownLanguageParametersAreIgnored(String parameter) {
        assertThat(Language.of(parameter)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru-RU,ru;q=0.9 | ru",
        "uz-Cyrl | uz-Cyrl",
        "uz | uz-Latn",
        "de-DE,de;q=0.9,en;q=0.8 | en",
        "de;q=0.9,ru;q=0.1,uz-Cyrl;q=0.5 | uz-Cyrl",
        "en;q=0,ru | ru",
        "ru-*,en;q=0.5 | ru"
    })
    void theBrowsersPreferredSupportedLanguageWins(String header, String tag) {
        assertThat(Language.fromAcceptLanguage(header)).map(Language::tag).contains(tag);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de-DE", "*", "fr;q=0.9,de;q=0.8", ";;;q=x,,", "en;q=2"})
    void unsupportedOrMalformedAcceptLanguageChoosesNothing(String header) {
        assertThat(Language.fromAcceptLanguage(header)).isEmpty();
    }

    @Test
    void uzbekLatinIsTheDefault() {
        assertThat(Language.DEFAULT.locale()).isEqualTo(Locale.forLanguageTag("uz-Latn"));
        assertThat(Language.ofLocale(Locale.GERMAN)).isEqualTo(Language.UZ_LATN);
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertThat(Language.all()).extracting(Language::nativeName)
                .containsExactly("Oʻzbekcha", "Ўзбекча", "Русский", "English");
    }
}
