package uz.yagona.appeals.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import uz.yagona.shared.UzbekScript;

/**
 * The features the topic model sees. Every word is brought to one spelling first: lower case, Cyrillic (Uzbek and
 * Russian alike) transliterated to Uzbek Latin with ICU4J, every apostrophe dropped (so {@code oʻ}, {@code o'},
 * {@code o`} and a bare {@code o} are the same), {@code h} written as {@code x} (people mix them: <i>xokimiyat</i>,
 * <i>hokimiyat</i>, <i>ҳокимият</i>) and letters repeated three times or more written once. Then each word gives
 * itself and the character 4-grams of {@code <word>}, which match the stems of Uzbek's suffixed words, Russian
 * inflections and typos. Digits are left out: house numbers and amounts say nothing about a topic. (Word bigrams,
 * 3- and 5-grams and 5-letter prefixes were tried on a split of the 3,600-appeal corpus and added nothing but time;
 * on the 8,800-appeal corpus of 2026-11-25, 5-fold cross-validation gave 5-letter prefixes 0.760 against 0.763
 * without, so {@link #CHOSEN} still has none; the other {@link Settings} are there to repeat such comparisons with
 * {@code TopicModelCrossValidation}.)
 */
public final class TextFeatures {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}ʻʼ'‘’`´]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[ʻʼ'‘’`´]");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");

    /**
     * Which features a word gives: itself, its character n-grams of length {@code gram} (0: none), its first
     * {@code prefix} letters when it is longer (0: none; a stem for Uzbek suffixes and Russian endings), the pair it
     * makes with the next word ({@code bigrams}), and with {@code foldQ} the word spelt with {@code q} as {@code k}
     * (Uzbek Cyrillic typed on a Russian keyboard: {@code к} for {@code қ}).
     */
    public record Settings(int gram, int prefix, boolean bigrams, boolean foldQ) {
    }

    /** The settings the model is trained with, chosen by cross-validation on the training corpus. */
    public static final Settings CHOSEN = new Settings(4, 0, false, false);

    private TextFeatures() {
    }

    /** A word as written and its normalized spelling. */
    public record Token(String surface, String normal) {
    }

    /** The words of a text with their normalized spelling; words that normalize to a single letter are left out. */
    public static List<Token> tokens(String text) {
        return tokens(text, TextFeatures::normalize);
    }

    /** The words of a text, normalized by the given function (training passes a memo of {@link #normalize}). */
    static List<Token> tokens(String text, Function<String, String> normalizer) {
        var tokens = new ArrayList<Token>();
        var words = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (words.find()) {
            var surface = words.group();
            var normal = normalizer.apply(surface);
            if (normal.length() > 1) {
                tokens.add(new Token(surface, normal));
            }
        }
        return tokens;
    }

    /** One word in the common spelling. */
    public static String normalize(String word) {
        var latin = UzbekScript.toLatin(word.toLowerCase(Locale.ROOT));
        var plain = APOSTROPHES.matcher(latin).replaceAll("").replace('h', 'x');
        return REPEATS.matcher(plain).replaceAll("$1");
    }

    /** The features of each token with the chosen settings. */
    public static List<List<String>> featuresByToken(List<Token> tokens) {
        return featuresByToken(tokens, CHOSEN);
    }

    /**
     * The features of each token, in order: the word itself, the character n-grams of {@code <word>}, its prefix,
     * and the bigram with the next word (counted as the first word's).
     */
    public static List<List<String>> featuresByToken(List<Token> tokens, Settings settings) {
        var result = new ArrayList<List<String>>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            var word = tokens.get(i).normal();
            if (settings.foldQ()) {
                word = word.replace('q', 'k');
            }
            var features = new ArrayList<String>();
            features.add("w:" + word);
            if (settings.gram() > 0) {
                var padded = "<" + word + ">";
                for (int start = 0; start + settings.gram() <= padded.length(); start++) {
                    features.add("c:" + padded.substring(start, start + settings.gram()));
                }
            }
            if (settings.prefix() > 0 && word.length() > settings.prefix()) {
                features.add("p:" + word.substring(0, settings.prefix()));
            }
            if (settings.bigrams() && i + 1 < tokens.size()) {
                var next = tokens.get(i + 1).normal();
                features.add("b:" + word + "_" + (settings.foldQ() ? next.replace('q', 'k') : next));
            }
            result.add(features);
        }
        return result;
    }

    /** The distinct features of a text with the chosen settings, the model's context. */
    public static String[] of(String text) {
        return of(text, CHOSEN);
    }

    /** The distinct features of a text. */
    public static String[] of(String text, Settings settings) {
        return of(text, settings, TextFeatures::normalize);
    }

    /** The distinct features of a text with words normalized by the given function. */
    static String[] of(String text, Settings settings, Function<String, String> normalizer) {
        var distinct = new LinkedHashSet<String>();
        featuresByToken(tokens(text, normalizer), settings).forEach(distinct::addAll);
        return distinct.toArray(String[]::new);
    }
}
