package uz.yagona.enforcement.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.UzbekScript;

/**
 * A person's full name reduced to a search key that the spellings of one name share: Uzbek Latin, Uzbek Cyrillic
 * and the Russian form ({@code Oʻrinboyev}, {@code Ўринбоев}, {@code Уринбаев}), any case, extra spaces, every
 * apostrophe people type ({@code ʻ ʼ ' ` ‘ ’ ´}).
 *
 * <p>Cyrillic is first written in Uzbek Latin with ICU4J ({@link UzbekScript}, which also knows the Russian
 * letters); then each word is folded to a skeleton: {@code oʻ} is {@code u} and {@code gʻ} is {@code g} (Russian
 * writes {@code у} and {@code г} for them), other apostrophes go, {@code x kh} are {@code h} and {@code q} is
 * {@code k} (Russian has neither {@code ҳ} nor {@code қ}), {@code dj} is {@code j} ({@code Джасур}), {@code ye}
 * is {@code e}, {@code o} is {@code a} (Russian spells the Uzbek {@code o} as {@code а}: {@code Boboyev},
 * {@code Бабаев}), a final {@code iy} is {@code i}, and doubled letters count once. The key is lossy on purpose:
 * a search also needs the exact birth date, and what it finds shows the debtor's name as the court wrote it.
 *
 * <p>The key is the surname and the given name; the patronymic ({@code Anvarovich}, {@code Anvar oʻgʻli}), kept
 * apart as its root ({@code anvar}), narrows a search that gives one but is never required.
 */
final class DebtorNames {

    /** Longest accepted full name, in characters, and most words. */
    static final int MAX_LENGTH = 100;
    static final int MAX_WORDS = 6;

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern APOSTROPHE = Pattern.compile("[ʻʼ'`‘’´ʹʺ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,.]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
    /** Words of a patronymic that are not the father's name: Uzbek son of, daughter of (folded). */
    private static final List<String> KIN_WORDS = List.of("ugli", "ugl", "kizi", "kiz");
    /** Endings of Russian-style patronymics, folded (o is a), longest first. */
    private static final List<String> PATRONYMIC_ENDINGS = List.of("avich", "evich", "ichna", "avna", "evna", "ich");

    private DebtorNames() {
    }

    /** A name's key: surname and given name, and the root of the patronymic if there is one. */
    record Key(String name, @Nullable String patronymic) {

        /** The same name with the first two words the other way round, for "given name, surname" input. */
        String swapped() {
            var space = name.indexOf(' ');
            return name.substring(space + 1) + " " + name.substring(0, space);
        }
    }

    /**
     * The key of a name typed into the search, or a broken rule: {@code enforcement.search.nameShort} (fewer than
     * two words of at least two letters), {@code enforcement.search.nameLong} (too long or too many words).
     */
    static Key ofQuery(String fullName) {
        if (fullName.length() > MAX_LENGTH) {
            throw new InvalidValueException("enforcement.search.nameLong", "At most " + MAX_LENGTH + " characters and "
                    + MAX_WORDS + " words", MAX_LENGTH, MAX_WORDS);
        }
        var words = words(fullName);
        if (words.size() > MAX_WORDS) {
            throw new InvalidValueException("enforcement.search.nameLong", "At most " + MAX_LENGTH + " characters and "
                    + MAX_WORDS + " words", MAX_LENGTH, MAX_WORDS);
        }
        if (words.size() < 2 || words.get(0).length() < 2 || words.get(1).length() < 2) {
            throw new InvalidValueException("enforcement.search.nameShort",
                    "The surname and the given name, at least two letters each", 2);
        }
        return key(words);
    }

    /** The key of a debtor's name as the writ has it; empty when it has no surname and given name to search by. */
    static @Nullable Key ofWrit(String debtorName) {
        var words = words(debtorName);
        if (words.size() < 2) {
            return null;
        }
        return key(words);
    }

    /** Whether a searched patronymic (if any) agrees with the stored one (if any). */
    static boolean patronymicAgrees(@Nullable String searched, @Nullable String stored) {
        if (searched == null || stored == null) {
            return true;
        }
        return searched.startsWith(stored) || stored.startsWith(searched);
    }

    private static Key key(List<String> words) {
        var patronymic = new ArrayList<String>();
        for (var word : words.subList(2, words.size())) {
            if (!KIN_WORDS.contains(word)) {
                patronymic.add(word);
            }
        }
        String root = null;
        if (!patronymic.isEmpty()) {
            root = patronymic.getFirst();
            for (var ending : PATRONYMIC_ENDINGS) {
                if (root.endsWith(ending) && root.length() > ending.length() + 1) {
                    root = root.substring(0, root.length() - ending.length());
                    break;
                }
            }
        }
        return new Key(words.get(0) + " " + words.get(1), root);
    }

    /** The folded words of a name, in order; what folds to nothing (a stray apostrophe, a dash) is dropped. */
    static List<String> words(String text) {
        var normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (CYRILLIC.matcher(normalized).find()) {
            normalized = UzbekScript.toLatin(normalized);
        }
        var result = new ArrayList<String>();
        for (var word : SEPARATORS.split(normalized.toLowerCase(Locale.ROOT))) {
            var folded = fold(word);
            if (!folded.isEmpty()) {
                result.add(folded);
            }
        }
        return result;
    }

    /** One word to its skeleton (see the class comment); the order of the steps matters. */
    static String fold(String word) {
        var w = APOSTROPHE.matcher(word).replaceAll("ʻ");
        w = w.replace("oʻ", "u").replace("gʻ", "g").replace("ʻ", "");
        w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        w = NOT_LETTERS.matcher(w).replaceAll("");
        w = w.replace("dzh", "j").replace("dj", "j").replace("kh", "h").replace('x', 'h').replace('q', 'k')
                .replace("ye", "e").replace('o', 'a');
        if (w.endsWith("iy")) {
            w = w.substring(0, w.length() - 1);
        }
        return DOUBLED.matcher(w).replaceAll("$1");
    }
}
