package uz.yagona.appeals.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uz.yagona.appeals.Topic;

/** Accuracy, per-topic precision/recall/F1, per-language accuracy and the confusions of a model on a corpus. */
record Evaluation(int total, int correct, Map<Topic, int[]> counts, Map<LanguageForm, int[]> byForm,
        Map<String, Integer> confusions, int[][] bins) {

    /** The confidence below which an appeal goes to a dispatcher. */
    static final double THRESHOLD = 0.6;

    /**
     * counts[topic] = {true positives, false positives, false negatives}; byForm[form] = {correct, total};
     * bins[tenth of confidence] = {correct, total}.
     */
    static Evaluation of(TopicModel model, Corpus corpus) {
        var counts = new EnumMap<Topic, int[]>(Topic.class);
        var byForm = new EnumMap<LanguageForm, int[]>(LanguageForm.class);
        var confusions = new TreeMap<String, Integer>();
        for (var topic : Topic.values()) {
            counts.put(topic, new int[3]);
        }
        int correct = 0;
        var bins = new int[10][2];
        for (var example : corpus.examples()) {
            var classification = model.classify(example.text());
            var predicted = classification.topic();
            var form = byForm.computeIfAbsent(example.form(), f -> new int[2]);
            form[1]++;
            var bin = bins[Math.min(9, (int) (classification.confidence() * 10))];
            bin[1]++;
            if (predicted == example.topic()) {
                bin[0]++;
                correct++;
                form[0]++;
                counts.get(predicted)[0]++;
            } else {
                counts.get(predicted)[1]++;
                counts.get(example.topic())[2]++;
                confusions.merge(example.topic().code() + " -> " + predicted.code(), 1, Integer::sum);
            }
        }
        return new Evaluation(corpus.examples().size(), correct, counts, byForm, confusions, bins);
    }

    /** {correct, total} of the appeals whose confidence is at least the threshold (bins of a tenth). */
    int[] confident() {
        var result = new int[2];
        for (int b = (int) Math.round(THRESHOLD * 10); b < 10; b++) {
            result[0] += bins[b][0];
            result[1] += bins[b][1];
        }
        return result;
    }

    /** The share of appeals classified with at least the threshold's confidence. */
    double coverage() {
        return (double) confident()[1] / total;
    }

    /** The accuracy on the appeals at or above the threshold. */
    double confidentAccuracy() {
        var c = confident();
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    /** The accuracy on the appeals below the threshold, those a dispatcher sees. */
    double unsureAccuracy() {
        var c = confident();
        return total == c[1] ? 0 : (double) (correct - c[0]) / (total - c[1]);
    }

    double accuracy() {
        return (double) correct / total;
    }

    double f1(Topic topic) {
        var c = counts.get(topic);
        double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double macroF1() {
        return counts.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    double accuracy(LanguageForm form) {
        var c = byForm.get(form);
        return c == null ? 0 : (double) c[0] / c[1];
    }

    String report(String version) {
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "model %s%nheld-out appeals %d, correct %d%naccuracy %.4f%nmacro-F1 %.4f%n",
                version, total, correct, accuracy(), macroF1()));
        for (var form : LanguageForm.values()) {
            var c = byForm.getOrDefault(form, new int[2]);
            text.append(String.format(Locale.ROOT, "accuracy %-8s %.4f (%d/%d)%n", form.code(), accuracy(form), c[0],
                    c[1]));
        }
        var confident = confident();
        text.append(String.format(Locale.ROOT,
                "confidence >= %.1f: coverage %.4f (%d/%d), accuracy %.4f; below: accuracy %.4f (%d/%d)%n", THRESHOLD,
                coverage(), confident[1], total, confidentAccuracy(), unsureAccuracy(), correct - confident[0],
                total - confident[1]));
        text.append("reliability (confidence: accuracy, appeals):");
        for (int b = 0; b < 10; b++) {
            if (bins[b][1] > 0) {
                text.append(String.format(Locale.ROOT, " %.1f-%.1f: %.2f %d;", b / 10.0, (b + 1) / 10.0,
                        (double) bins[b][0] / bins[b][1], bins[b][1]));
            }
        }
        text.append('\n');
        text.append(String.format(Locale.ROOT, "%n%-20s %9s %6s %6s%n", "topic", "precision", "recall", "F1"));
        counts.forEach((topic, c) -> text.append(String.format(Locale.ROOT, "%-20s %9.3f %6.3f %6.3f%n", topic.code(),
                c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]), (double) c[0] / (c[0] + c[2]), f1(topic))));
        text.append("\nconfusions (true -> predicted: count), most frequent first\n");
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> text.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return text.toString();
    }
}
