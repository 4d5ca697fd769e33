package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UzbekScriptTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Farg'ona viloyati | Фарғона вилояти",
        "Qo'qon | Қўқон",
        "Toshkent shahri | Тошкент шаҳри",
        "Yangiyo'l | Янгийўл",
        "Shahrisabz | Шаҳрисабз",
        "Chirchiq | Чирчиқ",
        "Qoraqalpog'iston Respublikasi | Қорақалпоғистон Республикаси",
        "Xorazm viloyati | Хоразм вилояти",
        "Ohangaron | Оҳангарон",
        "Mirzo Ulug'bek tumani | Мирзо Улуғбек тумани",
        "Yozyovon | Ёзёвон",
        "Boyovut | Боёвут",
        "Yunusobod | Юнусобод",
        "Yangiyer | Янгиер",
        "Ellikqal'a | Элликқалъа",
        "Tuproqqal'a | Тупроққалъа",
        "Angren | Ангрен",
        "Namangan | Наманган",
        "Sirdaryo | Сирдарё"})
    void writesPlaceNamesInCyrillic(String latin, String cyrillic) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Farg'ona", "Fargʻona", "Fargʼona", "Farg‘ona", "Farg’ona", "Farg`ona"})
    void understandsEveryApostropheThatPeopleType(String latin) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo("Фарғона");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ertaga | эртага",
        "Ergash | Эргаш",
        "yer | ер",
        "Yevropa | Европа",
        "poema | поэма",
        "obyekt | объект",
        "ob'yekt | объект",
        "ma'no | маъно",
        "mo''jiza | мўъжиза",
        "Is'hoq | Исҳоқ",
        "sherik | шерик",
        "xalq | халқ",
        "hokim | ҳоким",
        "tong | тонг",
        "sex | сех",
        "tsirk | цирк",
        "stantsiya | станция",
        "ketsa | кетса",
        "chiroq | чироқ",
        "yo'l | йўл",
        "yoz | ёз",
        "qayin | қайин"})
    void followsTheRulesOfTheAlphabet(String latin, String cyrillic) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TOSHKENT SHAHRI | ТОШКЕНТ ШАҲРИ",
        "O'ZBEKISTON | ЎЗБЕКИСТОН",
        "Sh. Rashidov | Ш. Рашидов",
        "ChIROQChI | ЧИРОҚЧИ"})
    void keepsCapitals(String latin, String cyrillic) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    @Test
    void leavesDigitsPunctuationAndQuotesAlone() {
        assertThat(UzbekScript.toCyrillic("'Toshkent', 2024-yil: 100%")).isEqualTo("'Тошкент', 2024-йил: 100%");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Фарғона вилояти | Fargʻona viloyati",
        "Қўқон | Qoʻqon",
        "Тошкент шаҳри | Toshkent shahri",
        "Янгийўл | Yangiyoʻl",
        "Шаҳрисабз | Shahrisabz",
        "Чирчиқ | Chirchiq",
        "Европа | Yevropa",
        "эртага | ertaga",
        "Элликқалъа | Ellikqalʼa",
        "Исҳоқ | Isʼhoq",
        "цирк | sirk",
        "станция | stansiya",
        "милиция | militsiya",
        "ЎЗБЕКИСТОН | OʻZBEKISTON",
        "ШАҲАР | SHAHAR",
        "Шарқ | Sharq"})
    void writesCyrillicInLatin(String cyrillic, String latin) {
        assertThat(UzbekScript.toLatin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fargʻona viloyati", "Qoʻqon", "Toshkent shahri", "Yangiyoʻl", "Shahrisabz",
        "Mirzo Ulugʻbek tumani", "Ellikqalʼa tumani", "Isʼhoq", "Boyovut", "Yangiyer", "ertaga"})
    void roundTripsNativeWords(String latin) {
        assertThat(UzbekScript.toLatin(UzbekScript.toCyrillic(latin))).isEqualTo(latin);
    }
}
