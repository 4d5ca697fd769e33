package uz.yagona.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topic model trained on the training corpus alone, measured on the held-out corpus that neither training nor
 * the choice of parameters ever saw. The floors sit a little below the figures measured when they were set
 * (bench/results/2026-11-24-appeals-classifier.md); training is deterministic, so the figures do not move unless
 * the corpus, the features or the parameters do. The report goes to target/appeals-classifier-report.txt.
 */
class TopicModelEvaluationTests {

    static TopicModel model;
    static Evaluation evaluation;

    @BeforeAll
    static void trainAndMeasure() throws Exception {
        model = TopicModel.train(Corpus.load(Corpus.TRAINING));
        evaluation = Evaluation.of(model, Corpus.load(Corpus.HELD_OUT));
        var report = evaluation.report(model.version());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/appeals-classifier-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    @Test
    void heldOutAccuracyAndMacroF1StayAboveTheirFloors() {
        assertThat(evaluation.total()).isGreaterThanOrEqualTo(640);
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
        assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(MACRO_F1_FLOOR);
    }

    @Test
    void everyLanguageFormIsClassifiedWell() {
        for (var form : LanguageForm.values()) {
            assertThat(evaluation.accuracy(form)).as(form.code()).isGreaterThanOrEqualTo(FORM_FLOOR);
        }
    }

    @Test
    void trainingTwiceGivesTheSameModel() {
        var again = TopicModel.train(Corpus.load(Corpus.TRAINING));
        assertThat(again.version()).isEqualTo(model.version());
        var text = "Koʻchamizda 3 kundan beri svet yoʻq, transformator kuyib ketgan";
        assertThat(again.probabilities(text)).containsExactly(model.probabilities(text));
    }

    static final double ACCURACY_FLOOR = 0.62;
    static final double MACRO_F1_FLOOR = 0.62;
    static final double FORM_FLOOR = 0.57;
}
