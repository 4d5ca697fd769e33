package uz.yagona.appeals.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uz.yagona.shared.UzbekScript;

/**
 * The wording of an appeal reduced to compare two texts whatever the script and spelling: Uzbek Cyrillic (and
 * Russian) read as Latin, lower case, apostrophe variants and punctuation dropped; the words and the pairs of
 * neighbouring words.
 */
record Wording(Set<String> words, Set<String> pairs) {

    static Wording of(String text) {
        var latin = UzbekScript.toLatin(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        var cleaned = latin.replaceAll("['`ʻʼ‘’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        var words = new HashSet<String>();
        var pairs = new HashSet<String>();
        String previous = null;
        for (var word : cleaned.isEmpty() ? new String[0] : cleaned.split(" ")) {
            if (word.length() < 2) {
                continue;
            }
            words.add(word);
            if (previous != null) {
                pairs.add(previous + " " + word);
            }
            previous = word;
        }
        return new Wording(Set.copyOf(words), Set.copyOf(pairs));
    }

    /** How much of the wording two texts share, 0..1: the mean of the Jaccard indices of words and of pairs. */
    double similarity(Wording other) {
        return (jaccard(words, other.words) + jaccard(pairs, other.pairs)) / 2;
    }

    /** The share of this text's words that {@code earlier} did not have: what a repeat adds. */
    double newTo(Wording earlier) {
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(word -> !earlier.words.contains(word)).count() / (double) words.size();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        var common = a.stream().filter(b::contains).count();
        return common / (double) (a.size() + b.size() - common);
    }
}
