package uz.yagona.appeals.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uz.yagona.appeals.Topic;

/**
 * How features, penalty and temperature were chosen, without the held-out corpus: 5-fold cross-validation on the
 * training file. The appeals written one by one (above the {@code # Composed} line) are split into five folds,
 * stratified by topic and language form; each fold is classified by a model trained on the other four and on
 * every composed appeal, so composed appeals never measure a model. Runs only when asked:
 * {@code ./mvnw -o -q test -Dtest=TopicModelCrossValidation -Dappeals.cv=4,0,false,false,3} (variants separated by
 * {@code ;}: n-gram length, prefix length, bigrams, q as k, L2 penalty); appends to target/appeals-cv-report.txt.
 */
@EnabledIfSystemProperty(named = "appeals.cv", matches = ".+")
class TopicModelCrossValidation {

    static final int FOLDS = 5;
    static final String MARKER = "# Composed";

    @Test
    void crossValidate() throws IOException {
        var text = new String(Corpus.class.getClassLoader().getResourceAsStream(Corpus.TRAINING).readAllBytes(),
                StandardCharsets.UTF_8);
        int cut = text.indexOf(MARKER);
        var written = Corpus.parse("written", (cut < 0 ? text : text.substring(0, cut)).getBytes(StandardCharsets.UTF_8))
                .examples();
        var composed = cut < 0 ? List.<Corpus.Example>of()
                : Corpus.parse("composed", text.substring(cut).getBytes(StandardCharsets.UTF_8)).examples();
        var fold = new int[written.size()];
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < written.size(); i++) {
            fold[i] = seen.merge(written.get(i).topic() + "/" + written.get(i).form(), 1, Integer::sum) % FOLDS;
        }
        for (var variant : System.getProperty("appeals.cv").split(";")) {
            var f = variant.strip().split(",");
            var config = new TopicModel.Config(new TextFeatures.Settings(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Boolean.parseBoolean(f[2]), Boolean.parseBoolean(f[3])), Double.parseDouble(f[4]),
                    f.length > 5 ? Integer.parseInt(f[5]) : 60, 1.0);
            report(config, composed.size(), crossValidate(config, written, composed, fold));
        }
    }

    /** Out-of-fold probabilities of every written appeal, in the order of Topic.values(). */
    private static double[][] crossValidate(TopicModel.Config config, List<Corpus.Example> written,
            List<Corpus.Example> composed, int[] fold) {
        var result = new double[written.size()][];
        long start = System.nanoTime();
        for (int k = 0; k < FOLDS; k++) {
            var training = new ArrayList<>(composed);
            for (int i = 0; i < written.size(); i++) {
                if (fold[i] != k) {
                    training.add(written.get(i));
                }
            }
            var model = TopicModel.train(new Corpus(training, new byte[0]), config);
            var topics = model.topics();
            for (int i = 0; i < written.size(); i++) {
                if (fold[i] == k) {
                    var p = model.probabilities(written.get(i).text());
                    var ordered = new double[Topic.values().length];
                    for (int t = 0; t < p.length; t++) {
                        ordered[topics.get(t).ordinal()] = p[t];
                    }
                    result[i] = ordered;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d folds in %d ms%n", config, FOLDS, (System.nanoTime() - start) / 1_000_000);
        cvWritten = written;
        return result;
    }

    static List<Corpus.Example> cvWritten;

    private static void report(TopicModel.Config config, int composed, double[][] probabilities) throws IOException {
        var written = cvWritten;
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n== %s (written %d, composed %d)%n", config, written.size(), composed));
        for (double t : new double[] {1.0, bestTemperature(written, probabilities)}) {
            int correct = 0;
            int above = 0;
            int aboveCorrect = 0;
            double nll = 0;
            var tp = new int[Topic.values().length];
            var fp = new int[tp.length];
            var fn = new int[tp.length];
            var formCorrect = new int[LanguageForm.values().length];
            var formTotal = new int[formCorrect.length];
            var bins = new int[10][2];
            for (int i = 0; i < written.size(); i++) {
                var p = scaled(probabilities[i], t);
                int best = argmax(p);
                int truth = written.get(i).topic().ordinal();
                nll -= Math.log(Math.max(1e-12, p[truth]));
                boolean ok = best == truth;
                formTotal[written.get(i).form().ordinal()]++;
                int bin = Math.min(9, (int) (p[best] * 10));
                bins[bin][1]++;
                if (ok) {
                    correct++;
                    tp[best]++;
                    formCorrect[written.get(i).form().ordinal()]++;
                    bins[bin][0]++;
                } else {
                    fp[best]++;
                    fn[truth]++;
                }
                if (p[best] >= 0.6) {
                    above++;
                    if (ok) {
                        aboveCorrect++;
                    }
                }
            }
            double f1 = 0;
            for (int c = 0; c < tp.length; c++) {
                f1 += tp[c] == 0 ? 0 : 2.0 * tp[c] / (2.0 * tp[c] + fp[c] + fn[c]);
            }
            int n = written.size();
            out.append(String.format(Locale.ROOT,
                    "T=%.2f accuracy %.4f macro-F1 %.4f NLL %.4f | >=0.6: coverage %.3f accuracy %.3f; <0.6 accuracy %.3f%n",
                    t, (double) correct / n, f1 / tp.length, nll / n, (double) above / n,
                    above == 0 ? 0 : (double) aboveCorrect / above,
                    n == above ? 0 : (double) (correct - aboveCorrect) / (n - above)));
            out.append("   per form:");
            for (var form : LanguageForm.values()) {
                out.append(String.format(Locale.ROOT, " %s %.3f", form.code(),
                        (double) formCorrect[form.ordinal()] / formTotal[form.ordinal()]));
            }
            out.append("\n   reliability (confidence bin: accuracy/count):");
            for (int b = 0; b < 10; b++) {
                if (bins[b][1] > 0) {
                    out.append(String.format(Locale.ROOT, " %.1f-%.1f: %.2f/%d", b / 10.0, (b + 1) / 10.0,
                            (double) bins[b][0] / bins[b][1], bins[b][1]));
                }
            }
            out.append('\n');
        }
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/appeals-cv-report.txt"), out, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The temperature, 0.3 to 3 in steps of 0.05, with the least negative log-likelihood out of fold. */
    static double bestTemperature(List<Corpus.Example> written, double[][] probabilities) {
        double best = 1;
        double bestNll = Double.MAX_VALUE;
        for (int step = 6; step <= 60; step++) {
            double t = step * 0.05;
            double nll = 0;
            for (int i = 0; i < written.size(); i++) {
                nll -= Math.log(Math.max(1e-12, scaled(probabilities[i], t)[written.get(i).topic().ordinal()]));
            }
            if (nll < bestNll) {
                bestNll = nll;
                best = t;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    static double[] scaled(double[] p, double t) {
        var r = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            r[i] = Math.pow(p[i], 1 / t);
            sum += r[i];
        }
        for (int i = 0; i < p.length; i++) {
            r[i] /= sum;
        }
        return r;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
