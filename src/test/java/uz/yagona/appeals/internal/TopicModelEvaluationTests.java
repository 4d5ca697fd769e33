package uz.yagona.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topic model trained on the training corpus alone, measured on the held-out corpus that neither training nor
 * the choice of parameters ever saw. The floors sit a little below the figures measured when they were set
 * (bench/results/2026-11-25-appeals-classifier.md); training is deterministic, so the figures do not move unless
 * the corpus, the features or the parameters do. The report goes to target/appeals-classifier-report.txt.
 */
class TopicModelEvaluationTests {

    static TopicModel model;
    static Evaluation evaluation;

    @BeforeAll
    static void trainAndMeasure() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        var training = Corpus.load(Corpus.TRAINING);
        model = TopicModel.train(training);
        var trainingTime = String.format(Locale.ROOT, "training on %d appeals: %d ms wall, %d ms CPU of this thread%n",
                training.examples().size(), (System.nanoTime() - start) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        var heldOut = Corpus.load(Corpus.HELD_OUT);
        evaluation = Evaluation.of(model, heldOut);
        var report = trainingTime + evaluation.report(model.version()) + parts();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/appeals-classifier-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** The accuracy on the lines of 2026-11-24 and on those added on 2026-11-25, apart. */
    private static String parts() {
        var text = new String(readHeldOut(), StandardCharsets.UTF_8);
        int cut = text.indexOf(ADDED);
        if (cut < 0) {
            return "";
        }
        var first = Evaluation.of(model, Corpus.parse("first", text.substring(0, cut).getBytes(StandardCharsets.UTF_8)));
        var added = Evaluation.of(model, Corpus.parse("added", text.substring(cut).getBytes(StandardCharsets.UTF_8)));
        return String.format(Locale.ROOT,
                "%nheld-out lines of 2026-11-24: accuracy %.4f (%d/%d), macro-F1 %.4f; added 2026-11-25: accuracy %.4f (%d/%d), macro-F1 %.4f%n",
                first.accuracy(), first.correct(), first.total(), first.macroF1(), added.accuracy(), added.correct(),
                added.total(), added.macroF1());
    }

    private static byte[] readHeldOut() {
        try (var in = Corpus.class.getClassLoader().getResourceAsStream(Corpus.HELD_OUT)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String ADDED = "# Added 2026-11-25";

    @Test
    void heldOutAccuracyAndMacroF1StayAboveTheirFloors() {
        assertThat(evaluation.total()).isGreaterThanOrEqualTo(1040);
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
    void aConfidenceOfAtLeastTheThresholdMeansAMoreAccurateTopic() {
        assertThat(evaluation.coverage()).isGreaterThanOrEqualTo(COVERAGE_FLOOR);
        assertThat(evaluation.confidentAccuracy()).isGreaterThanOrEqualTo(CONFIDENT_ACCURACY_FLOOR)
                .isGreaterThan(evaluation.unsureAccuracy() + 0.2);
    }

    @Test
    void trainingTwiceGivesTheSameModel() {
        var again = TopicModel.train(Corpus.load(Corpus.TRAINING));
        assertThat(again.version()).isEqualTo(model.version());
        var text = "Koʻchamizda 3 kundan beri svet yoʻq, transformator kuyib ketgan";
        assertThat(again.probabilities(text)).containsExactly(model.probabilities(text));
    }

    static final double ACCURACY_FLOOR = 0.81;
    static final double MACRO_F1_FLOOR = 0.81;
    static final double FORM_FLOOR = 0.77;
    static final double COVERAGE_FLOOR = 0.76;
    static final double CONFIDENT_ACCURACY_FLOOR = 0.89;
}
