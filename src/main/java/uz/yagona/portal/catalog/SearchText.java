package uz.yagona.portal.catalog;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uz.yagona.shared.UzbekScript;

/**
 * Turns what people type and what the catalog says into comparable terms: NFKC, lower case, every apostrophe
 * (ʻ ʼ ' ` ‘ ’ ´) treated alike and then dropped (people type {@code tugilganlik} as often as
 * {@code tugʻilganlik}), Cyrillic written in Latin letters, diacritics removed, then a light stemmer that cuts
 * the common endings of Uzbek, Russian and English.
 *
 * <p>A Cyrillic word may be Uzbek or Russian, and the two transliterations differ ({@code х} is {@code x} in
 * Uzbek, {@code kh} in Russian), so such a word has two forms; a word with a letter only Uzbek has
 * ({@code ў қ ғ ҳ}) has only the Uzbek one. ICU transliterators keep no state: one instance serves all threads.
 */
final class SearchText {

    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN");
    private static final Pattern APOSTROPHES = Pattern.compile("[ʻʼ'`‘’´ʹʺ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // ICU's BGN transliteration writes a middle dot between letters that would otherwise read as one sound
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}ʻʼ'`‘’´]+");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern UZBEK_ONLY = Pattern.compile("[ўқғҳ]");

    // longest first; a stem keeps at least MIN_STEM letters
    private static final List<String> SUFFIXES = List.of(
            // Uzbek (apostrophes already dropped)
            "larining", "laridan", "larini", "lariga", "larida", "sining", "ining", "ligi", "dagi", "lari", "larni",
            "sini", "siga", "sida", "ning", "dan", "lar", "ini", "iga", "ida", "gan", "ish", "lik", "ni", "ga",
            "da", "si",
            // Russian in BGN Latin
            "iyami", "yami", "ogo", "ego", "omu", "emu", "ymi", "imi", "ykh", "ikh", "aya", "yaya", "oye", "yye",
            "iye", "iya", "iyu", "ami", "akh", "ov", "ev", "ey", "iy", "yy", "oy", "om", "em", "ie", "ii", "yu",
            "ya",
            // English
            "ies", "ing", "ed", "es",
            // shared single letters
            "a", "e", "i", "o", "u", "y", "s");
    private static final int MIN_STEM = 4;

    private SearchText() {
    }

    /** The words of a text, each with its one or two stemmed Latin forms; words that say nothing are dropped. */
    static List<List<String>> terms(String text, Set<String> stopWords) {
        var result = new ArrayList<List<String>>();
        var matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            var forms = new LinkedHashSet<String>();
            for (var latin : latinForms(matcher.group())) {
                var plain = plain(latin);
                if (!plain.isEmpty() && !stopWords.contains(plain)) {
                    forms.add(stem(plain));
                }
            }
            if (!forms.isEmpty()) {
                result.add(List.copyOf(forms));
            }
        }
        return result;
    }

    /** A word in Latin letters without apostrophes or diacritics, not stemmed: the form of the stop-word list. */
    static String plain(String word) {
        var noApostrophes = APOSTROPHES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        var unmarked = MARKS.matcher(Normalizer.normalize(noApostrophes, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(unmarked).replaceAll("");
    }

    private static List<String> latinForms(String word) {
        if (!CYRILLIC.matcher(word).find()) {
            return List.of(word);
        }
        var uzbek = UzbekScript.toLatin(word);
        if (UZBEK_ONLY.matcher(word).find()) {
            return List.of(uzbek);
        }
        return List.of(uzbek, RUSSIAN.transliterate(word));
    }

    static String stem(String word) {
        var stem = word;
        for (var round = 0; round < 3; round++) {
            var cut = false;
            for (var suffix : SUFFIXES) {
                if (stem.endsWith(suffix) && stem.length() - suffix.length() >= MIN_STEM) {
                    stem = stem.substring(0, stem.length() - suffix.length());
                    cut = true;
                    break;
                }
            }
            if (!cut) {
                break;
            }
        }
        return stem;
    }
}
