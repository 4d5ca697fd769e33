package uz.yagona.shared;

import java.util.Map;

/**
 * Transliteration between the two scripts of Uzbek, following the Latin alphabet of 1995 and its
 * correspondence with the Cyrillic one. Both directions are rule-based, written here as domain data, and
 * lossy in the places where the alphabets themselves are: generated forms of proper names should be reviewed.
 *
 * <p>Latin to Cyrillic: {@code sh ch o' g' yo yu ya} are single letters ({@code ш ч ў ғ ё ю я}); {@code ng}
 * stays {@code нг}; {@code h} is {@code ҳ} and {@code x} is {@code х}; {@code ye} is {@code е} at the start of a
 * word or after a vowel, {@code e} is {@code э} there and {@code е} elsewhere; {@code ts} is {@code ц} only where
 * loanwords have it (word start, {@code -tsiya}, {@code -tsion}) because native words join {@code t} and
 * {@code s} across a suffix ({@code ketsa}); an apostrophe between letters is the <i>tutuq belgisi</i>
 * {@code ъ}, except in {@code s'h}, where it only keeps {@code s} and {@code h} apart. Every apostrophe people
 * type is understood: {@code ' ʻ ʼ ‘ ’ `}.
 *
 * <p>Cyrillic to Latin writes the ASCII apostrophe, as people type it and as the reference data has it.
 */
public final class UzbekScript {

    private static final String APOSTROPHES = "'ʻʼ‘’`";
    private static final String CYRILLIC_VOWELS = "аеёиоуўэюяы";
    private static final Map<Character, String> LATIN_LETTERS = Map.ofEntries(
            Map.entry('a', "а"), Map.entry('b', "б"), Map.entry('c', "ц"), Map.entry('d', "д"),
            Map.entry('f', "ф"), Map.entry('g', "г"), Map.entry('h', "ҳ"), Map.entry('i', "и"),
            Map.entry('j', "ж"), Map.entry('k', "к"), Map.entry('l', "л"), Map.entry('m', "м"),
            Map.entry('n', "н"), Map.entry('o', "о"), Map.entry('p', "п"), Map.entry('q', "қ"),
            Map.entry('r', "р"), Map.entry('s', "с"), Map.entry('t', "т"), Map.entry('u', "у"),
            Map.entry('v', "в"), Map.entry('w', "в"), Map.entry('x', "х"), Map.entry('y', "й"),
            Map.entry('z', "з"));
    private static final Map<Character, String> CYRILLIC_LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "x"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "sh"), Map.entry('ъ', "'"), Map.entry('ы', "i"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ў', "o'"),
            Map.entry('қ', "q"), Map.entry('ғ', "g'"), Map.entry('ҳ', "h"));

    private UzbekScript() {
    }

    /** Uzbek Latin to Uzbek Cyrillic; characters that are not Uzbek Latin letters pass unchanged. */
    public static String toCyrillic(String latin) {
        var out = new StringBuilder(latin.length());
        var i = 0;
        while (i < latin.length()) {
            var c = latin.charAt(i);
            var lower = Character.toLowerCase(c);
            var upper = Character.isUpperCase(c);
            var next = lowerAt(latin, i + 1);
            var wordStart = !isLetterOrApostrophe(latin, i - 1);
            var afterVowel = endsWithAny(out, CYRILLIC_VOWELS + "ъь");
            if ((lower == 'o' || lower == 'g') && isApostrophe(next)) {
                append(out, lower == 'o' ? "ў" : "ғ", upper);
                i += 2;
            } else if (lower == 's' && isApostrophe(next) && lowerAt(latin, i + 2) == 'h') {
                append(out, "с", upper);
                i += 2; // the apostrophe only keeps s and h apart; h follows as ҳ
            } else if (lower == 's' && next == 'h') {
                append(out, "ш", upper);
                i += 2;
            } else if (lower == 'c' && next == 'h') {
                append(out, "ч", upper);
                i += 2;
            } else if (lower == 'y' && next == 'o' && !isApostrophe(lowerAt(latin, i + 2))) {
                append(out, "ё", upper);
                i += 2;
            } else if (lower == 'y' && (next == 'u' || next == 'a')) {
                append(out, next == 'u' ? "ю" : "я", upper);
                i += 2;
            } else if (lower == 'y' && next == 'e') {
                append(out, wordStart || afterVowel ? "е" : "ъе", upper);
                i += 2;
            } else if (lower == 'e') {
                append(out, wordStart || afterVowel ? "э" : "е", upper);
                i += 1;
            } else if (lower == 't' && next == 's' && (wordStart || loanwordTs(latin, i + 2))) {
                append(out, "ц", upper);
                i += 2;
            } else if (isApostrophe(lower)) {
                // judged on the output, so that the apostrophe after o' or g' (mo''jiza) is a tutuq as well
                var before = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
                var between = Character.isLetter(before) && Character.isLetter(charAt(latin, i + 1));
                append(out, between ? "ъ" : String.valueOf(c),
                        Character.isUpperCase(before) && Character.isUpperCase(charAt(latin, i + 1)));
                i += 1;
            } else {
                var letter = LATIN_LETTERS.get(lower);
                out.append(letter == null ? String.valueOf(c) : upper ? letter.toUpperCase() : letter);
                i += 1;
            }
        }
        return out.toString();
    }

    /** Uzbek Cyrillic to Uzbek Latin; characters that are not Cyrillic letters pass unchanged. */
    public static String toLatin(String cyrillic) {
        var out = new StringBuilder(cyrillic.length() + 8);
        for (var i = 0; i < cyrillic.length(); i++) {
            var c = cyrillic.charAt(i);
            var lower = Character.toLowerCase(c);
            var previous = Character.toLowerCase(charAt(cyrillic, i - 1));
            var afterVowelOrSign = CYRILLIC_VOWELS.indexOf(previous) >= 0 || previous == 'ъ' || previous == 'ь';
            var wordStart = !Character.isLetter(previous);
            String latin;
            if (lower == 'е') {
                latin = wordStart || afterVowelOrSign ? "ye" : "e";
            } else if (lower == 'ц') {
                latin = CYRILLIC_VOWELS.indexOf(previous) >= 0 ? "ts" : "s";
            } else if (lower == 'с' && Character.toLowerCase(charAt(cyrillic, i + 1)) == 'ҳ') {
                latin = "s'"; // without it, сҳ would read as ш
            } else {
                latin = CYRILLIC_LETTERS.get(lower);
            }
            if (latin == null) {
                out.append(c);
            } else if (!Character.isUpperCase(c) || latin.isEmpty()) {
                out.append(latin);
            } else if (inCapitals(cyrillic, i)) {
                out.append(latin.toUpperCase());
            } else {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin.substring(1));
            }
        }
        return out.toString();
    }

    /** ШАҲАР is SHAHAR, but Шаҳар is Shahar: a capital followed by capitals, or ending a word of capitals. */
    private static boolean inCapitals(String text, int index) {
        var next = charAt(text, index + 1);
        return Character.isUpperCase(next)
                || (Character.isUpperCase(charAt(text, index - 1)) && !Character.isLetter(next));
    }

    private static boolean loanwordTs(String text, int after) {
        var rest = text.substring(Math.min(after, text.length())).toLowerCase();
        return rest.startsWith("iya") || rest.startsWith("io");
    }

    private static void append(StringBuilder out, String cyrillic, boolean upper) {
        if (upper) {
            out.append(Character.toUpperCase(cyrillic.charAt(0))).append(cyrillic.substring(1));
        } else {
            out.append(cyrillic);
        }
    }

    private static boolean endsWithAny(StringBuilder out, String letters) {
        return !out.isEmpty() && letters.indexOf(Character.toLowerCase(out.charAt(out.length() - 1))) >= 0;
    }

    private static boolean isLetterOrApostrophe(String text, int index) {
        var c = charAt(text, index);
        return Character.isLetter(c) || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c != 0 && APOSTROPHES.indexOf(c) >= 0;
    }

    private static char lowerAt(String text, int index) {
        return Character.toLowerCase(charAt(text, index));
    }

    private static char charAt(String text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : 0;
    }
}
