package uz.yagona.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both scripts of Uzbek and every way of typing its apostrophes give the model the same features. */
class TextFeaturesTests {

    @Test
    void okinaPlainApostropheBacktickAndNoApostropheAreTheSameWord() {
        var spellings = new String[] {"oʻgʻil", "o'g'il", "o`g`il", "o‘g‘il", "ogil"};
        for (var spelling : spellings) {
            assertThat(TextFeatures.normalize(spelling)).as(spelling).isEqualTo("ogil");
        }
    }

    @Test
    void uzbekCyrillicGivesTheFeaturesOfUzbekLatin() {
        assertThat(TextFeatures.of("Ҳокимиятга мурожаат қилдим, ўғлим касал"))
                .containsExactly(TextFeatures.of("Hokimiyatga murojaat qildim, oʻgʻlim kasal"));
    }

    @Test
    void hAndXAreOneLetterAndRepeatedLettersCollapse() {
        assertThat(TextFeatures.normalize("Xokimiyat")).isEqualTo(TextFeatures.normalize("hokimiyat"));
        assertThat(TextFeatures.normalize("пожалуйстааа")).isEqualTo(TextFeatures.normalize("пожалуйста"));
    }

    @Test
    void digitsAndPunctuationGiveNoFeatures() {
        assertThat(TextFeatures.of("12345, 67-89 !!!")).isEmpty();
    }
}
