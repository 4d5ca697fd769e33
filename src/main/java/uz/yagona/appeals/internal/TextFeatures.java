package uz.yagona.appeals.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uz.yagona.shared.UzbekScript;

/**
 * The features the topic model sees. Every word is brought to one spelling first: lower case, Cyrillic (Uzbek and
 * Russian alike) transliterated to Uzbek Latin with ICU4J, every apostrophe dropped (so {@code oʻ}, {@code o'},
 * {@code o`} and a bare {@code o} are the same), {@code h} written as {@code x} (people mix them: <i>xokimiyat</i>,
 * <i>hokimiyat</i>, <i>ҳокимият</i>) and letters repeated three times or more written once. Then each word gives
 * itself and the character 4-grams of {@code <word>}, which match the stems of Uzbek's suffixed words, Russian
 * inflections and typos. Digits are left out: house numbers and amounts say nothing about a topic. (Word bigrams,
 * 3- and 5-grams and 5-letter prefixes were tried on a split of the training corpus and added nothing but time.)
 */
public final class TextFeatures {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}ʻʼ'‘’`´]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[ʻʼ'‘’`´]");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");

    private TextFeatures() {
    }

    /** A word as written and its normalized spelling. */
    public record Token(String surface, String normal) {
    }

    /** The words of a text with their normalized spelling; words that normalize to a single letter are left out. */
    public static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        var words = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (words.find()) {
            var surface = words.group();
            var normal = normalize(surface);
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

    /** The features of each token, in order: the word itself and the character 4-grams of {@code <word>}. */
    public static List<List<String>> featuresByToken(List<Token> tokens) {
        var result = new ArrayList<List<String>>(tokens.size());
        for (var token : tokens) {
            var word = token.normal();
            var features = new ArrayList<String>();
            features.add("w:" + word);
            var padded = "<" + word + ">";
            for (int start = 0; start + 4 <= padded.length(); start++) {
                features.add("c:" + padded.substring(start, start + 4));
            }
            result.add(features);
        }
        return result;
    }

    /** The distinct features of a text, the model's context. */
    public static String[] of(String text) {
        var distinct = new LinkedHashSet<String>();
        featuresByToken(tokens(text)).forEach(distinct::addAll);
        return distinct.toArray(String[]::new);
    }
}
