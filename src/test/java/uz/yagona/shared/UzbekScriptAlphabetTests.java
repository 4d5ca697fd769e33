package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The official correspondence of the two Uzbek alphabets, and real names and places in both directions. */
class UzbekScriptAlphabetTests {

    /** Every letter of the Latin alphabet of 1995, lower and upper case, at the start of a word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a | а", "b | б", "d | д", "e | э", "f | ф", "g | г", "h | ҳ", "i | и", "j | ж", "k | к", "l | л",
        "m | м", "n | н", "o | о", "p | п", "q | қ", "r | р", "s | с", "t | т", "u | у", "v | в", "x | х",
        "y | й", "z | з", "oʻ | ў", "gʻ | ғ", "sh | ш", "ch | ч", "ng | нг", "yo | ё", "yu | ю", "ya | я",
        "ye | е",
        "A | А", "B | Б", "D | Д", "E | Э", "F | Ф", "G | Г", "H | Ҳ", "I | И", "J | Ж", "K | К", "L | Л",
        "M | М", "N | Н", "O | О", "P | П", "Q | Қ", "R | Р", "S | С", "T | Т", "U | У", "V | В", "X | Х",
        "Y | Й", "Z | З", "Oʻ | Ў", "Gʻ | Ғ", "Sh | Ш", "Ch | Ч", "Yo | Ё", "Yu | Ю", "Ya | Я", "Ye | Е",
        "SH | Ш", "CH | Ч", "YO | Ё", "YU | Ю", "YA | Я"})
    void writesEachLatinLetterInCyrillic(String latin, String cyrillic) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    /** Every letter of the Cyrillic alphabet; е and ц depend on their place, so each is shown in a word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "а | a", "б | b", "в | v", "г | g", "д | d", "ё | yo", "ж | j", "з | z", "и | i", "й | y", "к | k",
        "л | l", "м | m", "н | n", "о | o", "п | p", "р | r", "с | s", "т | t", "у | u", "ф | f", "х | x",
        "ч | ch", "ш | sh", "э | e", "ю | yu", "я | ya", "ў | oʻ", "қ | q", "ғ | gʻ", "ҳ | h",
        "Ё | Yo", "Ч | Ch", "Ш | Sh", "Ю | Yu", "Я | Ya", "Ў | Oʻ", "Ғ | Gʻ",
        "ер | yer", "бе | be", "ае | aye", "цех | sex", "аца | atsa", "нца | nsa",
        "маъно | maʼno", "мальва | malva", "Ер | Yer", "ЕР | YER"})
    void writesEachCyrillicLetterInLatin(String cyrillic, String latin) {
        assertThat(UzbekScript.toLatin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oʻzbekiston | Ўзбекистон",
        "Gʻijduvon | Ғиждувон",
        "Toshkent | Тошкент",
        "Samarqand | Самарқанд",
        "Qoraqalpogʻiston | Қорақалпоғистон",
        "Shahrisabz | Шаҳрисабз",
        "Yevropa | Европа",
        "Ulugʻbek | Улуғбек",
        "Mirzo | Мирзо",
        "Eshonqul | Эшонқул",
        "Elyor | Элёр",
        "Yuldashev | Юлдашев",
        "Joʻrayev | Жўраев",
        "Sheroziy | Шерозий",
        "maʼno | маъно",
        "sanʼat | санъат",
        "sentabr | сентябр",
        "ANVAR | АНВАР",
        "SHAROF | ШАРОФ",
        "Sharof | Шароф"})
    void writesNamesAndPlacesInBothScripts(String latin, String cyrillic) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo(cyrillic);
        assertThat(UzbekScript.toLatin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Farg‘ona | Фарғона",
        "O'zbekiston | Ўзбекистон",
        "O’zbekiston | Ўзбекистон",
        "Gʼijduvon | Ғиждувон",
        "ma'no | маъно",
        "san‘at | санъат",
        "tsement | цемент",
        "Tsement | Цемент"})
    void understandsTheSpellingsPeopleType(String latin, String cyrillic) {
        assertThat(UzbekScript.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    /** The official Latin writes ц as s except after a vowel, so loanwords typed with ts come back with s. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "цемент | sement",
        "Ташкент | Tashkent",
        "Щукин | Shukin",
        "объект | obyekt",
        "Ш. Рашидов | Sh. Rashidov"})
    void writesRussianSpellingsSensibly(String cyrillic, String latin) {
        assertThat(UzbekScript.toLatin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oʻzbekiston", "Gʻijduvon", "Toshkent", "Samarqand", "Qoraqalpogʻiston", "Fargʻona",
        "Yevropa", "Shahrisabz", "Ulugʻbek", "Mirzo", "Eshonqul", "Elyor", "Yuldashev", "Joʻrayev", "Sheroziy",
        "maʼno", "sanʼat", "ANVAR", "SHAROF", "Isʼhoq", "Abdullayev", "Yoʻldoshev", "Poʻlatov", "Gʻayrat",
        "Oʻgʻiloy", "Gulchehra", "Shoxrux", "Ergashev", "Xolmatov", "Dilnoza Yusupova", "Akmal oʻgʻli",
        "Nigora Aziz qizi", "Yangiyer", "Boyovut", "sentabr", "Mahmudxoʻja", "Yoqubov", "Muhammadyusuf"})
    void roundTripsNamesFromLatinThroughCyrillic(String latin) {
        assertThat(UzbekScript.toLatin(UzbekScript.toCyrillic(latin))).isEqualTo(latin);
    }

    @Test
    void sharedTransliteratorsGiveTheSameAnswersOnManyThreads() {
        var names = List.of("Oʻzbekiston", "Gʻijduvon", "Eshonqul", "Joʻrayev", "sanʼat", "Yevropa", "ketsa");
        var expected = names.stream().map(UzbekScript::toCyrillic).toList();
        IntStream.range(0, 20_000).parallel().forEach(i -> {
            var name = names.get(i % names.size());
            assertThat(UzbekScript.toCyrillic(name)).isEqualTo(expected.get(i % names.size()));
            assertThat(UzbekScript.toLatin(expected.get(i % names.size()))).isEqualTo(name);
        });
    }
}
