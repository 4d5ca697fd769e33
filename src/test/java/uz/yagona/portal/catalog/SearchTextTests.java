package uz.yagona.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the search compares: one form for every way people write the same word. */
class SearchTextTests {

    private static List<String> forms(String word) {
        var terms = SearchText.terms(word, Set.of());
        assertThat(terms).as(word).hasSize(1);
        return terms.getFirst();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tugʻilganlik | tug'ilganlik
            tugʻilganlik | tug`ilganlik
            tugʻilganlik | tug‘ilganlik
            tugʻilganlik | tug’ilganlik
            tugʻilganlik | tugilganlik
            tugʻilganlik | TUGʻILGANLIK
            tugʻilganlik | туғилганлик
            maʼlumotnoma | ma'lumotnoma
            maʼlumotnoma | маълумотнома
            ｐａｓｐｏｒｔ | pasport
            """)
    void apostrophesCaseWidthAndUzbekCyrillicGiveTheSameTerm(String written, String typed) {
        assertThat(forms(typed)).contains(forms(written).getFirst());
    }

    @Test
    void russianCyrillicIsReadAsRussianAndAsUzbek() {
        assertThat(forms("паспорт")).contains("pasport");
        assertThat(forms("права")).contains(SearchText.stem("prava"));
        // х is x in Uzbek and kh in Russian; a word with ў қ ғ ҳ is Uzbek only
        assertThat(forms("хизмат")).containsExactlyInAnyOrder(SearchText.stem("xizmat"), SearchText.stem("khizmat"));
        assertThat(forms("ҳужжат")).containsExactly(SearchText.stem("hujjat"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            guvohnoma     | guvohnomasi
            guvohnoma     | guvohnomasini
            pasport       | pasportni
            pasport       | pasportlar
            litsenziya    | litsenziyasi
            svidetelstvo  | svidetelstva
            rozhdenie     | rozhdenii
            certificate   | certificates
            """)
    void endingsOfUzbekRussianAndEnglishAreCut(String base, String inflected) {
        assertThat(SearchText.stem(inflected)).isEqualTo(SearchText.stem(base));
    }

    @Test
    void stopWordsAndPunctuationLeaveNoTerms() {
        assertThat(SearchText.terms("olish uchun, — ?!", Set.of("olish", "uchun"))).isEmpty();
        assertThat(SearchText.terms("'`ʻ", Set.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pasport    | pasport    | 1 | 0
            pasport    | pasprot    | 1 | 1
            pasport    | passport   | 1 | 1
            sertifikat | sertfikat  | 2 | 1
            sertifikat | sretfikat  | 2 | 2
            nikoh      | zagran     | 1 | 2
            """)
    void distanceCountsTranspositionsAsOneEditAndStopsPastTheLimit(String a, String b, int limit, int expected) {
        assertThat(SearchIndex.distance(a, b, limit)).isEqualTo(expected);
    }
}
