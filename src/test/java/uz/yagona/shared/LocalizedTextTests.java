package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTests {

    private final LocalizedText text = new LocalizedText("Toshkent shahri", "Тошкент шаҳри", "город Ташкент",
            "Tashkent city");

    @ParameterizedTest
    @CsvSource({"uz, Toshkent shahri", "uz-Latn, Toshkent shahri", "uz-Latn-UZ, Toshkent shahri",
        "uz-UZ, Toshkent shahri", "uz-Cyrl, Тошкент шаҳри", "uz-Cyrl-UZ, Тошкент шаҳри", "ru, город Ташкент",
        "ru-RU, город Ташкент", "en, Tashkent city", "en-GB, Tashkent city", "de, Tashkent city",
        "kaa, Tashkent city"})
    void picksTheFormForTheLocale(String tag, String expected) {
        assertThat(text.in(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void everyFormIsRequired() {
        assertThatThrownBy(() -> new LocalizedText("a", " ", "c", "d"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    var invalid = (InvalidValueException) e;
                    assertThat(invalid.rule()).isEqualTo("localizedText.missing");
                    assertThat(invalid.arguments()).containsExactly("uzCyrl");
                });
        assertThatThrownBy(() -> new LocalizedText("", "b", "c", "d"))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("localizedText.missing");
        assertThatThrownBy(() -> new LocalizedText("a", "b", "\t", "d"))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("localizedText.missing");
        assertThatThrownBy(() -> new LocalizedText("a", "b", "c", ""))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("localizedText.missing");
    }

    @Test
    void cyrillicCanBeDerivedFromLatin() {
        assertThat(LocalizedText.transliterated("Toshkent shahri", "город Ташкент", "Tashkent city"))
                .isEqualTo(text);
    }
}
