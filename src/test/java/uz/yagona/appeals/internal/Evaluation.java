package uz.yagona.appeals.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uz.yagona.appeals.Topic;

/** Accuracy, per-topic precision/recall/F1, per-language accuracy and the confusions of a model on a corpus. */
record Evaluation(int total, int correct, Map<Topic, int[]> counts, Map<LanguageForm, int[]> byForm,
        Map<String, Integer> confusions) {

    /** counts[topic] = {true positives, false positives, false negatives}; byForm[form] = {correct, total}. */
    static Evaluation of(TopicModel model, Corpus corpus) {
        var counts = new EnumMap<Topic, int[]>(Topic.class);
        var byForm = new EnumMap<LanguageForm, int[]>(LanguageForm.class);
        var confusions = new TreeMap<String, Integer>();
        for (var topic : Topic.values()) {
            counts.put(topic, new int[3]);
        }
        int correct = 0;
        for (var example : corpus.examples()) {
            var predicted = model.classify(example.text()).topic();
            var form = byForm.computeIfAbsent(example.form(), f -> new int[2]);
            form[1]++;
            if (predicted == example.topic()) {
                correct++;
                form[0]++;
                counts.get(predicted)[0]++;
            } else {
                counts.get(predicted)[1]++;
                counts.get(example.topic())[2]++;
                confusions.merge(example.topic().code() + " -> " + predicted.code(), 1, Integer::sum);
            }
        }
        return new Evaluation(corpus.examples().size(), correct, counts, byForm, confusions);
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
        text.append(String.format(Locale.ROOT, "%n%-20s %9s %6s %6s%n", "topic", "precision", "recall", "F1"));
        counts.forEach((topic, c) -> text.append(String.format(Locale.ROOT, "%-20s %9.3f %6.3f %6.3f%n", topic.code(),
                c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]), (double) c[0] / (c[0] + c[2]), f1(topic))));
        text.append("\nconfusions (true -> predicted: count), most frequent first\n");
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> text.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return text.toString();
    }
}
