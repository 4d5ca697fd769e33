package uz.yagona.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uz.yagona.appeals.Topic;

/** The shipped corpus is what the evaluation claims: enough appeals per topic and form, held-out kept apart. */
class CorpusTests {

    static final Corpus TRAINING = Corpus.load(Corpus.TRAINING);
    static final Corpus HELD_OUT = Corpus.load(Corpus.HELD_OUT);

    @Test
    void everyTopicHasAtLeastAHundredTrainingAndThirteenHeldOutAppealsInEveryLanguageForm() {
        assertThat(TRAINING.examples()).hasSizeGreaterThanOrEqualTo(8800);
        assertThat(HELD_OUT.examples()).hasSizeGreaterThanOrEqualTo(1040);
        var training = new HashMap<String, Integer>();
        var heldOut = new HashMap<String, Integer>();
        TRAINING.examples().forEach(e -> training.merge(e.topic() + "/" + e.form(), 1, Integer::sum));
        HELD_OUT.examples().forEach(e -> heldOut.merge(e.topic() + "/" + e.form(), 1, Integer::sum));
        for (var topic : Topic.values()) {
            for (var form : LanguageForm.values()) {
                assertThat(training.getOrDefault(topic + "/" + form, 0)).as(topic + " " + form)
                        .isGreaterThanOrEqualTo(100);
                assertThat(heldOut.getOrDefault(topic + "/" + form, 0)).as(topic + " " + form)
                        .isGreaterThanOrEqualTo(13);
            }
        }
    }

    @Test
    void noHeldOutAppealAppearsInTheTrainingCorpus() {
        var seen = new HashSet<String>();
        TRAINING.examples().forEach(e -> seen.add(e.text().toLowerCase(Locale.ROOT)));
        assertThat(HELD_OUT.examples()).noneMatch(e -> seen.contains(e.text().toLowerCase(Locale.ROOT)));
    }

    @Test
    void uzbekCyrillicAppealsAreWrittenInCyrillicAndLatinOnesUseTheOkinaAndTheTutuq() {
        for (var corpus : java.util.List.of(TRAINING, HELD_OUT)) {
            for (var example : corpus.examples()) {
                if (example.form() == LanguageForm.UZ_CYRL) {
                    // Latin letters only inside technical names people write as they are (4G, Wi-Fi)
                    var latin = example.text().replaceAll("4G|Wi-Fi", "").chars().filter(c -> c < 128
                            && Character.isLetter(c)).count();
                    assertThat(latin).as(example.text()).isZero();
                }
            }
        }
        assertThat(TRAINING.examples()).anyMatch(e -> e.form() == LanguageForm.UZ_LATN && e.text().contains("oʻ"));
        assertThat(TRAINING.examples()).anyMatch(e -> e.form() == LanguageForm.UZ_LATN && e.text().contains("ʼ"));
        assertThat(TRAINING.examples()).anyMatch(e -> e.form() == LanguageForm.UZ_CYRL && e.text().contains("ў"));
    }
}
