package uz.yagona.shared;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Transliteration between the two scripts of Uzbek with ICU4J: the CLDR transforms {@code uz_Latn-uz_Cyrl} and
 * {@code uz_Cyrl-uz_Latn}, each preceded by rules of our own for what CLDR lacks (the rule files
 * {@code latin-to-cyrillic.txt} and {@code cyrillic-to-latin.txt} beside this class say which and why).
 *
 * <p>Latin to Cyrillic understands every apostrophe people type ({@code ' ‘ ’ ʻ ʼ ` ´}): after {@code o} and
 * {@code g} it is the o‘/g‘ mark, between other letters the <i>tutuq belgisi</i> {@code ъ}. {@code e} is
 * {@code э} at the start of a word and after a vowel, {@code е} after a consonant; {@code ye} is {@code е},
 * or {@code ъе} after a consonant; {@code ts} is {@code ц} only where loanwords have it (word start,
 * {@code -tsiya}, {@code -tsion}), because native words join {@code t} and {@code s} across a suffix
 * ({@code ketsa}).
 *
 * <p>Cyrillic to Latin writes the letters of the official alphabet: {@code oʻ gʻ} with U+02BB and the tutuq
 * {@code ʼ} with U+02BC, never the ASCII apostrophe. {@code ц} is {@code ts} after a vowel and {@code s}
 * elsewhere, {@code е} is {@code ye} at the start of a word and after a vowel or sign. Both directions are
 * lossy where the alphabets are: generated forms of proper names should be reviewed.
 *
 * <p>ICU transliterators keep no state between calls, so one instance serves every thread.
 */
public final class UzbekScript {

    private static final Transliterator TO_CYRILLIC = load("uz_Latn-uz_Cyrl/Yagona", "latin-to-cyrillic.txt",
            "uz_Latn-uz_Cyrl");
    private static final Transliterator TO_LATIN = load("uz_Cyrl-uz_Latn/Yagona", "cyrillic-to-latin.txt",
            "uz_Cyrl-uz_Latn");

    private UzbekScript() {
    }

    /** Uzbek Latin to Uzbek Cyrillic; characters that are not Uzbek Latin letters pass unchanged. */
    public static String toCyrillic(String latin) {
        return TO_CYRILLIC.transliterate(latin);
    }

    /** Uzbek Cyrillic to Uzbek Latin; characters that are not Cyrillic letters pass unchanged. */
    public static String toLatin(String cyrillic) {
        return TO_LATIN.transliterate(cyrillic);
    }

    private static Transliterator load(String id, String ownRules, String cldr) {
        try (var in = UzbekScript.class.getResourceAsStream(ownRules)) {
            if (in == null) {
                throw new IllegalStateException("missing transliteration rules " + ownRules);
            }
            var rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Transliterator.createFromRules(id, rules + "\n:: " + cldr + " ;\n", Transliterator.FORWARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
